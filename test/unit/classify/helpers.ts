import type { ClassifyContext, DealStage, EmailInput, SenderRole } from '@/lib/classify';

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
