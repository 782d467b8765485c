-- AlterTable
ALTER TABLE "TargetRevision" ADD COLUMN     "deadlineEventId" INTEGER;

-- CreateIndex
CREATE INDEX "TargetRevision_deadlineEventId_idx" ON "TargetRevision"("deadlineEventId");

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_deadlineEventId_fkey" FOREIGN KEY ("deadlineEventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
