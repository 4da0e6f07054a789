-- 20261122025950_case_intake_notes
-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "intakeNotes" JSONB;
