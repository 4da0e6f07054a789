-- 20261122023341_init
-- CreateTable
CREATE TABLE "OfficeSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "profile" JSONB NOT NULL,
    "hours" JSONB NOT NULL,
    "booking" JSONB NOT NULL,
    "fees" JSONB NOT NULL,
    "bank" JSONB NOT NULL,
    "draftRetentionDays" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ClosedDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "note" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "locale" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "answers" JSONB,
    "facts" JSONB,
    "assessment" JSONB,
    "rulesVersion" TEXT,
    "asOf" TEXT,
    "urgency" TEXT,
    "recommendedPath" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_status_createdAt_idx" ON "Case"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Case_urgency_createdAt_idx" ON "Case"("urgency", "createdAt");
