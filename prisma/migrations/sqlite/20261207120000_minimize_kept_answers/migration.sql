-- 20261207120000_minimize_kept_answers (data only, written by hand)
-- A submitted interview draft keeps no copy of the answers: the case has them (lib/server/intake-core.ts).
UPDATE "IntakeDraft" SET "answers" = '{}' WHERE "submittedAt" IS NOT NULL;
-- No case keeps criminal-record answers without a recorded consent (earlier versions could store them).
UPDATE "CaseRecord" SET "answers" = json_remove("answers", '$.criminal')
WHERE "answers" IS NOT NULL
  AND json_type("answers", '$.criminal') IS NOT NULL
  AND "caseId" IN (SELECT "id" FROM "Case" WHERE "criminalConsentAt" IS NULL);
