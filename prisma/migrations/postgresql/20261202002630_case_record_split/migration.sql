-- 20261202002630_case_record_split
-- CreateTable
CREATE TABLE "CaseRecord" (
    "caseId" TEXT NOT NULL,
    "answers" JSONB,
    "facts" JSONB,
    "intakeNotes" JSONB,
    "assessment" JSONB,

    CONSTRAINT "CaseRecord_pkey" PRIMARY KEY ("caseId")
);

-- Moved by hand: each case's JSON into its own CaseRecord row, before the columns go.
INSERT INTO "CaseRecord" ("caseId", "answers", "facts", "intakeNotes", "assessment")
SELECT "id", "answers", "facts", "intakeNotes", "assessment" FROM "Case";

-- AlterTable
ALTER TABLE "Case" DROP COLUMN "answers",
DROP COLUMN "assessment",
DROP COLUMN "facts",
DROP COLUMN "intakeNotes",
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Written by hand: the search text of earlier cases (new cases get NFKC from lib/cases/search-text.ts).
UPDATE "Case" SET "searchText" = lower("clientName" || E'\n' || coalesce("email", '') || E'\n' || "reference");

-- AddForeignKey
ALTER TABLE "CaseRecord" ADD CONSTRAINT "CaseRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
