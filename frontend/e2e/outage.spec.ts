import { expect, test } from '@playwright/test';
import { bearer, cchc, createAndPublish, tokenFor } from './support';

/**
 * Transactional outbox: with Kafka stopped, publishing a procedure still succeeds and every service stays ready; the
 * event reaches the dossiers service once Kafka is back.
 */
/** The services' own ports (deploy/README.md), for their health endpoints. */
const SERVICE_PORTS: [string, number][] = [
  ['procedures', 8081],
  ['dossiers', 8082],
  ['inspections', 8083],
  ['par-index', 8084],
];

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

      // every service stays ready while the broker is down (writes go through the outbox): readiness must not take
      // the API offline. Sampled for 20 s after the stop, long enough for the Kafka clients to see the broker gone.
      for (let round = 0; round < 5; round++) {
        for (const [name, port] of SERVICE_PORTS) {
          const ready = await request.get(`http://127.0.0.1:${port}/q/health/ready`);
          expect(ready.status(), `${name} /q/health/ready while Kafka is down`).toBe(200);
        }
        await new Promise((r) => setTimeout(r, 4_000));
      }
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
