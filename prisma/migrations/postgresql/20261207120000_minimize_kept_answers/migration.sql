-- 20261207120000_minimize_kept_answers (data only, written by hand)
-- A submitted interview draft keeps no copy of the answers: the case has them (lib/server/intake-core.ts).
UPDATE "IntakeDraft" SET "answers" = '{}'::jsonb WHERE "submittedAt" IS NOT NULL;
-- No case keeps criminal-record answers without a recorded consent (earlier versions could store them).
UPDATE "CaseRecord" SET "answers" = "answers" - 'criminal'
WHERE "answers" ? 'criminal'
  AND "caseId" IN (SELECT "id" FROM "Case" WHERE "criminalConsentAt" IS NULL);
