import { cycleScheduleSchema, cycleScheduleViewSchema } from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors, orgParams, peopleHolding, tags } from './api-schemas.js';
import type { CycleSchedules } from './cycle-schedules.js';

/** The yearly launch date of an organisation's cycle, kept as a Temporal Schedule; the access rules say who may set it. */
export const cycleScheduleRoutes: FastifyPluginAsyncZod<{ schedules: CycleSchedules }> = async (app, { schedules }) => {
  const describe = async (org: string) => {
    const found = await schedules.describe(org);
    if (!found) throw new HttpError(404, `${org} has no yearly launch date; the President's office sets one with PUT /organisations/${org}/cycle-schedule.`, { code: 'cycle_schedule.not_set' });
    return found;
  };

  app.get('/organisations/:org/cycle-schedule', {
    config: peopleHolding('member'),
    schema: { tags, summary: 'The yearly launch date of the cycle and the next launches', params: orgParams, response: { 200: cycleScheduleViewSchema, ...errors } },
  }, (req) => describe(req.params.org));

  app.put('/organisations/:org/cycle-schedule', {
    config: peopleHolding(['president_office', 'org_admin']),
    schema: {
      tags, summary: 'Set the day (Europe/Brussels) on which each year\'s cycle is launched (President\'s office or administrator)',
      params: orgParams, body: cycleScheduleSchema, response: { 200: cycleScheduleViewSchema, 201: cycleScheduleViewSchema, ...errors },
    },
  }, async (req, reply) => {
    const { month, day } = req.body;
    if (day > new Date(Date.UTC(2023, month, 0)).getUTCDate()) {
      const message = `${day} does not exist in month ${month} every year; choose a day that does`;
      throw new HttpError(400, `The request is not valid: body.day: ${message}.`, { code: 'request.invalid', issues: [{ path: 'body.day', message }] });
    }
    const created = await schedules.put(req.params.org, req.body);
    return reply.code(created ? 201 : 200).send(await describe(req.params.org));
  });

  app.post('/organisations/:org/cycle-schedule/trigger', {
    config: peopleHolding(['president_office', 'org_admin']),
    schema: {
      tags, summary: 'Launch now through the schedule, as if its day had come (President\'s office)',
      params: orgParams, response: { 202: z.object({ scheduleId: z.string() }), ...errors },
    },
  }, async (req, reply) => {
    const found = await describe(req.params.org);
    await schedules.trigger(req.params.org);
    return reply.code(202).send({ scheduleId: found.scheduleId });
  });
};
