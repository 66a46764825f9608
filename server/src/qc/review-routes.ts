// The QC review: the reviewers' queue, claiming an exam, grading its series on the checklist, the
// verdict, handing an exam back; and every review of an exam for those who see it.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, refusals } from '../platform/schemas.ts';
import { scopeOf } from './exam-service.ts';
import { ExamParams, ProjectParams } from './qc-schemas.ts';
import { reviewingScope } from './review-exam.ts';
import { CompletedReviewView, GradeBody, QueueEntryView, QueueQuery, ReleaseBody, ReviewView, SeriesParams, VerdictBody } from './review-schemas.ts';

const EXAM_READERS: readonly ProjectRole[] = ['centre_data_manager', 'qc_reviewer', 'core_lab_manager', 'auditor'];
const tags = ['qc'];
const changeRefusals = { 404: ProblemSchema, 409: ProblemSchema, ...refusals };

export const reviewRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const reviews = services.qc.reviews;

  app.get(
    '/api/projects/:projectId/qc/review-queue',
    {
      config: { access: { kind: 'project', roles: ['qc_reviewer', 'core_lab_manager'], scope: 'imaging:read' } },
      schema: {
        tags,
        summary: 'Exams awaiting QC review or in review, oldest submission first',
        description:
          "A QC reviewer sees other centres' exams only (no-review-of-own-centre), the core-lab manager all; exams of subjects whose information/consent does not allow processing never appear.",
        params: ProjectParams,
        querystring: QueueQuery,
        response: { 200: Type.Array(QueueEntryView), ...refusals },
      },
    },
    async (request) => {
      const { mine = false, limit = 200, offset = 0 } = request.query;
      return reviews.queue(request.params.projectId, reviewingScope(request.actor, request.projectRoles), { mineOnly: mine ? request.actor!.userId : null, limit, offset });
    },
  );

  app.post(
    '/api/projects/:projectId/exams/:studyInstanceUid/review',
    {
      config: { access: { kind: 'project', roles: ['qc_reviewer'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: 'Claim an exam awaiting review: it becomes in-review, graded on the current checklist version',
        description: 'Refusals: review.already-claimed, review.not-awaiting-review, review.no-checklist (409); separation-of-duties.no-review-of-own-centre (403); exam.subject-not-processable (409).',
        params: ExamParams,
        response: { 201: ReviewView, ...changeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reviews.claim(actionContext(request), request.params.projectId, request.params.studyInstanceUid, reviewingScope(request.actor, request.projectRoles))),
  );

  app.get(
    '/api/projects/:projectId/exams/:studyInstanceUid/review',
    {
      config: { access: { kind: 'project', roles: ['qc_reviewer', 'core_lab_manager', 'auditor'], scope: 'imaging:read' } },
      schema: {
        tags,
        summary: "The exam's review in progress (with the series to grade), or else its latest review",
        params: ExamParams,
        response: { 200: ReviewView, ...changeRefusals },
      },
    },
    async (request) => reviews.current(request.params.projectId, request.params.studyInstanceUid, scopeOf(request.actor, request.projectRoles)),
  );

  app.get(
    '/api/projects/:projectId/exams/:studyInstanceUid/reviews',
    {
      config: { access: { kind: 'project', roles: EXAM_READERS, scope: 'imaging:read' } },
      schema: {
        tags,
        summary: 'Every review of the exam, latest first; a data manager of the centre sees the completed ones',
        params: ExamParams,
        response: { 200: Type.Array(ReviewView), ...changeRefusals },
      },
    },
    async (request) => {
      const roles = request.projectRoles;
      const completedOnly = !roles.some((r) => r === 'qc_reviewer' || r === 'core_lab_manager' || r === 'auditor');
      return reviews.history(request.params.projectId, request.params.studyInstanceUid, scopeOf(request.actor, roles), { completedOnly });
    },
  );

  app.put(
    '/api/projects/:projectId/exams/:studyInstanceUid/review/grades/:seriesName',
    {
      config: { access: { kind: 'project', roles: ['qc_reviewer'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: 'Grade one series of the exam in my review (replaces an earlier grade of it)',
        description:
          'Refusals (400): review.unknown-series, review.unknown-artefact, review.artefact-not-applicable, review.comment-required, review.comment-too-long; (409) review.not-in-progress; (403) review.claimed-by-another.',
        params: SeriesParams,
        body: GradeBody,
        response: { 200: ReviewView, ...changeRefusals },
      },
    },
    async (request) => reviews.grade(actionContext(request), request.params.projectId, request.params.studyInstanceUid, request.params.seriesName, request.body),
  );

  app.post(
    '/api/projects/:projectId/exams/:studyInstanceUid/review/verdict',
    {
      config: { access: { kind: 'project', roles: ['qc_reviewer'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: 'Give the verdict of my review: pass, pass with remarks, or fail (which opens a query to the centre)',
        description:
          'Every series to grade is graded first (409 review.series-not-graded); an exam with a non-diagnostic series cannot pass (409 review.verdict-contradicts-grades); pass-with-remarks and fail need a reason (400 review.reason-required). After a fail the centre re-sends series and submits again: the exam goes back to the checks and then to the queue for a new round.',
        params: ExamParams,
        body: VerdictBody,
        response: { 200: CompletedReviewView, ...changeRefusals },
      },
    },
    async (request) => reviews.complete(actionContext(request), request.params.projectId, request.params.studyInstanceUid, request.body),
  );

  app.post(
    '/api/projects/:projectId/exams/:studyInstanceUid/review/release',
    {
      config: { access: { kind: 'project', roles: ['qc_reviewer', 'core_lab_manager'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: 'Hand the exam back to the queue (its reviewer, or the core-lab manager); the grades stay in the released review',
        params: ExamParams,
        body: ReleaseBody,
        response: { 200: ReviewView, ...changeRefusals },
      },
    },
    async (request) =>
      reviews.release(actionContext(request), request.params.projectId, request.params.studyInstanceUid, reviewingScope(request.actor, request.projectRoles), request.body.reason),
  );
};
