-- 20261202003927_case_list_search_and_ground_order
-- AlterTable
ALTER TABLE "CaseGround" ADD COLUMN     "deadlineKey" TEXT NOT NULL DEFAULT '9999-12-31',
ADD COLUMN     "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "urgencyRank" INTEGER NOT NULL DEFAULT 3;

-- CreateIndex
CREATE INDEX "Case_searchText_urgencyRank_nextDeadline_submittedAt_id_idx" ON "Case"("searchText", "urgencyRank", "nextDeadline", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "CaseGround_groundId_urgencyRank_deadlineKey_submittedAt_cas_idx" ON "CaseGround"("groundId", "urgencyRank", "deadlineKey", "submittedAt" DESC, "caseId" DESC, "active");

-- Written by hand: each ground row takes its case's sort keys.
UPDATE "CaseGround" g SET "urgencyRank" = c."urgencyRank", "deadlineKey" = coalesce(c."nextDeadline", '9999-12-31'), "submittedAt" = c."submittedAt"
FROM "Case" c WHERE c."id" = g."caseId";

-- Written by hand (Prisma's schema cannot say it for one provider only): the staff search is a
-- substring match (LIKE '%term%'), which a B-tree cannot serve; a trigram index can, for terms of
-- three characters or more. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+),
-- so the database's owner may create it. See docs/production.md.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Case_searchText_trgm_idx" ON "Case" USING GIN ("searchText" gin_trgm_ops);

-- The status index takes the list's sort key (a status filter's page is sorted from the index);
-- the urgency index was unused (the list filters on urgencyRank).
DROP INDEX "Case_status_createdAt_idx";
DROP INDEX "Case_urgency_createdAt_idx";
CREATE INDEX "Case_status_urgencyRank_nextDeadline_submittedAt_id_idx" ON "Case"("status", "urgencyRank", "nextDeadline", "submittedAt", "id");
