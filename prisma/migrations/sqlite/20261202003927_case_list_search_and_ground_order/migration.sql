-- 20261202003927_case_list_search_and_ground_order
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CaseGround" (
    "caseId" TEXT NOT NULL,
    "groundId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "urgencyRank" INTEGER NOT NULL DEFAULT 3,
    "deadlineKey" TEXT NOT NULL DEFAULT '9999-12-31',
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("caseId", "groundId"),
    CONSTRAINT "CaseGround_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Written by hand: each ground row takes its case's sort keys.
INSERT INTO "new_CaseGround" ("active", "caseId", "groundId", "urgencyRank", "deadlineKey", "submittedAt")
SELECT g."active", g."caseId", g."groundId", c."urgencyRank", coalesce(c."nextDeadline", '9999-12-31'), c."submittedAt"
FROM "CaseGround" g JOIN "Case" c ON c."id" = g."caseId";
DROP TABLE "CaseGround";
ALTER TABLE "new_CaseGround" RENAME TO "CaseGround";
CREATE INDEX "CaseGround_groundId_active_idx" ON "CaseGround"("groundId", "active");
CREATE INDEX "CaseGround_groundId_urgencyRank_deadlineKey_submittedAt_caseId_active_idx" ON "CaseGround"("groundId", "urgencyRank", "deadlineKey", "submittedAt" DESC, "caseId" DESC, "active");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Case_searchText_urgencyRank_nextDeadline_submittedAt_id_idx" ON "Case"("searchText", "urgencyRank", "nextDeadline", "submittedAt", "id");

-- The status index takes the list's sort key (a status filter's page is sorted from the index);
-- the urgency index was unused (the list filters on urgencyRank).
DROP INDEX "Case_status_createdAt_idx";
DROP INDEX "Case_urgency_createdAt_idx";
CREATE INDEX "Case_status_urgencyRank_nextDeadline_submittedAt_id_idx" ON "Case"("status", "urgencyRank", "nextDeadline", "submittedAt", "id");
