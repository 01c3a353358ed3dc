import { named, sel } from '@/lib/sites/runtime/selectors';

const GMAILJS = 'KartikTalwar/gmail.js src/gmail.js';
const INBOXSDK = 'InboxSDK/InboxSDK gmail-thread-view.ts, gmail-element-getter.ts';
const RU_2020 = 'forestsilence/GmailPageFactoryTest MailPage.java (ru UI, 2020), test/fixtures/real/gmail-thread-ru.html';

/**
 * Gmail's word for the header Reply button's tooltip, per UI language: the
 * last resort when its class (`aaq`) changes. Seen on real pages: en, ru
 * (forestsilence, 2020), zh-CN (2016 paste), vi (2017 paste, bottom link);
 * de from lib/sites/HOSTS.md; the others are Gmail's usual translations,
 * unverified. A language missing here fails soft: the reply goes to the
 * clipboard and the sidebar says so.
 */
export const REPLY_WORDS: Readonly<Record<string, string>> = {
  en: 'Reply', de: 'Antworten', ru: 'Ответить', 'zh-CN': '回复', vi: 'Trả lời',
  fr: 'Répondre', es: 'Responder', it: 'Rispondi', nl: 'Beantwoorden', pl: 'Odpowiedz', ja: '返信',
};
const REPLY_BY_WORD = Object.values(REPLY_WORDS).map((w) => `div.T-I[role="button"][data-tooltip="${w}"]`);

/** Gmail's DOM, read only through these (lib/sites/HOSTS.md). */
export const GMAIL = named('gmail', {
  main: sel('2026-11', GMAILJS, 'div[role="main"]'),
  // Moved from table.Bs to .a98.iY (InboxSDK PR #1073, Nov 2023); .Bu in preview pane.
  thread: sel('2026-11', INBOXSDK, 'div.nH div.iY', '.a98.iY', '.Bu .iY', 'table.Bs'),
  subject: sel('2026-11', GMAILJS, 'h2.hP', '.ha h2'),
  // Scoped to the thread's header and view: in split view an inbox row's
  // subject also carries a data-legacy-thread-id, of another thread
  // (thread-id.ts skips rows as well).
  threadIdHolder: sel('2026-12', GMAILJS, 'h2.hP[data-legacy-thread-id]', '.ha [data-legacy-thread-id]', '.iY [data-legacy-thread-id]'),
  // `thread-f:<decimal>`; may hold the literal "undefined" (InboxSDK).
  threadPermIdHolder: sel('2026-11', INBOXSDK, '[data-thread-perm-id]'),
  // Elements whose `jslog` may carry `thread-f:<decimal>` base64-encoded: the
  // last source of a thread id when the attributes above are missing (lib/sites/HOSTS.md).
  jslogHolder: sel('2026-12', 'lib/sites/HOSTS.md', '[jslog]'),
  message: sel('2026-11', GMAILJS, 'div.adn.ads', 'div.adn[data-message-id]', '[data-legacy-message-id]'),
  sender: sel('2026-11', GMAILJS, 'span.gD[email]', 'h3 span[email][name]'),
  recipients: sel('2026-11', GMAILJS, 'span.g2[email]', '.hb span[email]'),
  date: sel('2026-11', GMAILJS, 'span.g3[title]', 'span[title][alt]'),
  body: sel('2026-11', GMAILJS, 'div.a3s', 'div.ii.gt'),
  inboxRow: sel('2026-11', GMAILJS, 'tr.zA'),
  rowThreadId: sel('2026-11', GMAILJS, '[data-legacy-thread-id]'),
  // Where a row's subject sits: the marker goes before it.
  rowSubject: sel('2026-11', GMAILJS, '.xT .y6', 'td.xY.a4W', 'td[role="gridcell"]:nth-child(5)'),
  // Wrapper changed from bq9 to WN9Ejb in November 2024 (InboxSDK).
  sidePanel: sel('2026-11', INBOXSDK, '.WN9Ejb div.aUx', '.bq9 div.aUx', 'div.aUx'),
  // Collapsed messages: `div.kv[role=listitem] > … > div.adf.ads`, no div.adn (lib/sites/HOSTS.md, saved
  // pages). Seen in a Russian-UI paste of 2020, not in InboxSDK's tests (those hold inbox rows only).
  collapsedMessage: sel('2026-12', RU_2020, 'div.adf.ads', 'div.kv[role="listitem"]'),
  // The "Reply" link under the last message (span.ams.bkH, role=link), the
  // first of Reply / Reply all / Forward. Structure only: its words and
  // tooltip follow the user’s language (lib/sites/HOSTS.md, "Localised UI").
  replyButton: sel('2026-11', 'InboxSDK gmail-thread-view.ts', 'span.ams.bkH', '.amn > span.ams[role="link"]:first-child'),
  // A message's own Reply button in its header toolbar (`td.gH.acX >
  // div.T-I.aaq[role=button]`, seen 2016 zh-CN and 2020 ru): looked up
  // inside the newest message when the links under it are missing. Its
  // tooltip is a word in the UI language, so words come last, per language.
  headerReply: sel('2026-12', RU_2020, 'td.gH.acX div.T-I.aaq[role="button"]', 'div.T-I.aaq[role="button"]', ...REPLY_BY_WORD),
  // Any open reply or draft editor, in no language: an earlier message's
  // open draft matches too, so reply-box.ts picks the newest message's.
  replyBox: sel('2026-11', 'InboxSDK compose view', 'div[contenteditable="true"][g_editable="true"]', 'div.Am.Al.editable[contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]'),
});
