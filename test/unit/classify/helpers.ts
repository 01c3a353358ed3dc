import { classifyEmail, type ClassifyContext, type DealStage, type EmailInput, type Label, type SenderRole } from '@/lib/classify';

export function mail(body: string, subject = 'Follow-up'): EmailInput {
  return {
    from: { name: 'Robin Vale', email: 'robin.vale@example.com' },
    to: [{ name: 'Kit Moss', email: 'kit.moss@example.com' }],
    subject,
    body,
  };
}

export function ctx(senderRole: SenderRole | null, dealStage: DealStage | null): ClassifyContext {
  return { senderRole, dealStage };
}

/** Sales as the sender, at this deal stage (null: no deal linked). */
export const sales = (stage: DealStage | null): ClassifyContext => ctx('sales', stage);

/** The label of a mail from Sales, on a deal in negotiation unless told otherwise. */
export function label(body: string, c: ClassifyContext = sales('negotiation'), subject?: string): Label {
  return classifyEmail(mail(body, subject), c).label;
}
