-- 20261122023341_init
-- CreateTable
CREATE TABLE "OfficeSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "profile" JSONB NOT NULL,
    "hours" JSONB NOT NULL,
    "booking" JSONB NOT NULL,
    "fees" JSONB NOT NULL,
    "bank" JSONB NOT NULL,
    "draftRetentionDays" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficeSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosedDay" (
    "date" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ClosedDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_status_createdAt_idx" ON "Case"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Case_urgency_createdAt_idx" ON "Case"("urgency", "createdAt");
