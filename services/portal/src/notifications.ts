import type { ServiceTokenSigner } from '@jalon/auth';
import type { NotificationRequest } from '@jalon/contracts';

/** The notifications service, as the portal uses it: it queues an e-mail, which it sends once per idempotency key. */
export interface Notifications {
  queue(request: NotificationRequest): Promise<void>;
}

/** The notifications service over HTTP, called as the portal (a token of its own key on each call). */
export class HttpNotifications implements Notifications {
  private readonly notificationsUrl: string;
  private readonly signer: ServiceTokenSigner;
  constructor(notificationsUrl: string, signer: ServiceTokenSigner) {
    this.notificationsUrl = notificationsUrl;
    this.signer = signer;
  }

  async queue(request: NotificationRequest): Promise<void> {
    const response = await fetch(`${this.notificationsUrl}/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.signer.sign('notifications')}` },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`the notifications service answered ${response.status} to the ${request.template} e-mail`);
  }
}
