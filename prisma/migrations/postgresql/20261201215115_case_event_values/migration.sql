-- 20261201215115_case_event_values
-- AlterTable
ALTER TABLE "CaseEvent" ADD COLUMN     "fromValue" TEXT,
ADD COLUMN     "toValue" TEXT;
