import { classifyEmail, type Address, type ClassifyContext, type DealStage, type EmailInput, type Label, type SenderRole } from '@/lib/classify';

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

/** The PM reading the mail, and a colleague on the same team (issue 15's addressee model). */
export const KIT: Address = { name: 'Kit Moss', email: 'kit@ourco.com' };
export const ANA: Address = { name: 'Ana Lee', email: 'ana@ourco.com' };

/**
 * The label of a mail from Sales (Robin Vale) read by `reader` (Kit unless told), sent to `to`
 * (Kit and Ana unless told) with `cc`, at this deal stage.
 */
export function labelFor(
  body: string,
  stage: DealStage | null,
  { to = [KIT, ANA], cc = [], reader = KIT }: { to?: Address[]; cc?: Address[]; reader?: Address } = {},
): Label {
  const email: EmailInput = { from: { name: 'Robin Vale', email: 'robin@ourco.com' }, to, cc, subject: 'Larch', body };
  return classifyEmail(email, { senderRole: 'sales', dealStage: stage, reader }).label;
}
