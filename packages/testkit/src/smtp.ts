import { MailCatcher } from '@jalon/infra';

interface Teardown { teardown: (fn: () => unknown) => void }

/** A real SMTP server on a free port for one test, closed when the test ends. */
export async function testSmtp(t: Teardown): Promise<MailCatcher> {
  const catcher = new MailCatcher();
  await catcher.listen(0);
  t.teardown(() => catcher.close());
  return catcher;
}
