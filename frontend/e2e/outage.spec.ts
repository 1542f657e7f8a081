import { expect, test } from '@playwright/test';
import { bearer, cchc, createAndPublish, tokenFor } from './support';

/**
 * Transactional outbox: with Kafka stopped, publishing a procedure still succeeds; the event
 * reaches the dossiers service once Kafka is back.
 */
test.describe.serial('Kafka outage', () => {
  test('the outbox delivers after Kafka comes back', async ({ request }) => {
    test.setTimeout(360_000);
    const catalogue = await tokenFor(request, 'catalogue');

    let code: string;
    let name: string;
    let kafkaStopped = false;
    try {
      cchc('kafka-stop');
      kafkaStopped = true;

      ({
        body: { code, name },
      } = await createAndPublish(request, catalogue));

      // give a (wrong) direct publish a moment to show up, then check it did not
      await new Promise((r) => setTimeout(r, 3_000));
      const officer = await tokenFor(request, 'officer');
      const early = await request.get(`/api/v1/dossiers/catalogue/${encodeURIComponent(code)}`, {
        headers: bearer(officer),
      });
      expect(early.status(), 'dossiers must not know the procedure while Kafka is down').toBe(404);
    } finally {
      if (kafkaStopped) cchc('kafka-start');
    }

    const url = `/api/v1/dossiers/catalogue/${encodeURIComponent(code!)}`;
    await expect
      .poll(
        async () => {
          // fresh token each round: the poll may outlive a short token lifetime
          const officer = await tokenFor(request, 'officer');
          return (await request.get(url, { headers: bearer(officer) })).status();
        },
        { timeout: 90_000, intervals: [1000, 2000, 3000], message: `GET ${url} until 200 after kafka-start` },
      )
      .toBe(200);
    const officer = await tokenFor(request, 'officer');
    const res = await request.get(url, { headers: bearer(officer) });
    expect(await res.json()).toMatchObject({
      code: code!,
      name: name!,
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    });
  });
});
