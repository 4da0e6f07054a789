-- 20261122025500_intake_bookings_outbox
-- CreateTable
CREATE TABLE "IntakeDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "section" TEXT NOT NULL DEFAULT 'respondent',
    "criminalConsentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME
);

-- CreateTable
CREATE TABLE "CaseUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseUpdate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "caseId" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "slotKey" TEXT,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "videoPlatform" TEXT,
    "videoId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'awaiting-payment',
    "feeYen" INTEGER NOT NULL,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Booking_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ics" TEXT,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

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
    "answers" JSONB,
    "facts" JSONB,
    "assessment" JSONB,
    "rulesVersion" TEXT,
    "asOf" TEXT,
    "urgency" TEXT,
    "recommendedPath" TEXT,
    "nextDeadline" TEXT,
    "criminalConsentAt" DATETIME,
    "accessTokenHash" TEXT,
    "draftId" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "IntakeDraft" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("answers", "asOf", "assessment", "clientName", "createdAt", "email", "facts", "id", "locale", "phone", "recommendedPath", "reference", "rulesVersion", "status", "updatedAt", "urgency") SELECT "answers", "asOf", "assessment", "clientName", "createdAt", "email", "facts", "id", "locale", "phone", "recommendedPath", "reference", "rulesVersion", "status", "updatedAt", "urgency" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");
CREATE UNIQUE INDEX "Case_accessTokenHash_key" ON "Case"("accessTokenHash");
CREATE UNIQUE INDEX "Case_draftId_key" ON "Case"("draftId");
CREATE INDEX "Case_status_createdAt_idx" ON "Case"("status", "createdAt");
CREATE INDEX "Case_urgency_createdAt_idx" ON "Case"("urgency", "createdAt");
CREATE INDEX "Case_nextDeadline_idx" ON "Case"("nextDeadline");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "IntakeDraft_tokenHash_key" ON "IntakeDraft"("tokenHash");

-- CreateIndex
CREATE INDEX "IntakeDraft_submittedAt_updatedAt_idx" ON "IntakeDraft"("submittedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "CaseUpdate_caseId_createdAt_idx" ON "CaseUpdate"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_reference_key" ON "Booking"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_tokenHash_key" ON "Booking"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_slotKey_key" ON "Booking"("slotKey");

-- CreateIndex
CREATE INDEX "Booking_startsAt_idx" ON "Booking"("startsAt");

-- CreateIndex
CREATE INDEX "Booking_caseId_idx" ON "Booking"("caseId");

-- CreateIndex
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");
