-- 20261202002630_case_record_split
-- CreateTable
CREATE TABLE "CaseRecord" (
    "caseId" TEXT NOT NULL PRIMARY KEY,
    "answers" JSONB,
    "facts" JSONB,
    "intakeNotes" JSONB,
    "assessment" JSONB,
    CONSTRAINT "CaseRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Moved by hand: each case's JSON into its own CaseRecord row, before the columns go.
INSERT INTO "CaseRecord" ("caseId", "answers", "facts", "intakeNotes", "assessment")
SELECT "id", "answers", "facts", "intakeNotes", "assessment" FROM "Case";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "locale" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "respondent" TEXT NOT NULL DEFAULT 'self',
    "searchText" TEXT NOT NULL DEFAULT '',
    "rulesVersion" TEXT,
    "asOf" TEXT,
    "urgency" TEXT,
    "recommendedPath" TEXT,
    "nextDeadline" TEXT,
    "criminalConsentAt" DATETIME,
    "urgencyRank" INTEGER NOT NULL DEFAULT 3,
    "track" TEXT NOT NULL DEFAULT 'stay',
    "assigneeId" TEXT,
    "deletionRequestedAt" DATETIME,
    "accessTokenHash" TEXT,
    "draftId" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "IntakeDraft" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("accessTokenHash", "asOf", "assigneeId", "clientName", "createdAt", "criminalConsentAt", "deletionRequestedAt", "draftId", "email", "id", "locale", "nextDeadline", "phone", "recommendedPath", "reference", "respondent", "rulesVersion", "status", "submittedAt", "track", "updatedAt", "urgency", "urgencyRank", "searchText") SELECT "accessTokenHash", "asOf", "assigneeId", "clientName", "createdAt", "criminalConsentAt", "deletionRequestedAt", "draftId", "email", "id", "locale", "nextDeadline", "phone", "recommendedPath", "reference", "respondent", "rulesVersion", "status", "submittedAt", "track", "updatedAt", "urgency", "urgencyRank",
  -- Written by hand: the search text of earlier cases (SQLite's lower() folds A-Z only; new cases get
  -- full Unicode folding and NFKC from lib/cases/search-text.ts).
  lower("clientName" || char(10) || coalesce("email", '') || char(10) || "reference") FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");
CREATE UNIQUE INDEX "Case_accessTokenHash_key" ON "Case"("accessTokenHash");
CREATE UNIQUE INDEX "Case_draftId_key" ON "Case"("draftId");
CREATE INDEX "Case_status_createdAt_idx" ON "Case"("status", "createdAt");
CREATE INDEX "Case_urgency_createdAt_idx" ON "Case"("urgency", "createdAt");
CREATE INDEX "Case_nextDeadline_idx" ON "Case"("nextDeadline");
CREATE INDEX "Case_urgencyRank_nextDeadline_submittedAt_idx" ON "Case"("urgencyRank", "nextDeadline", "submittedAt");
CREATE INDEX "Case_recommendedPath_idx" ON "Case"("recommendedPath");
CREATE INDEX "Case_submittedAt_idx" ON "Case"("submittedAt");
CREATE INDEX "Case_assigneeId_idx" ON "Case"("assigneeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
