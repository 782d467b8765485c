-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TargetRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "targetId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "proposedBy" TEXT,
    "value" REAL NOT NULL,
    "valueLabel" TEXT NOT NULL,
    "deadlineStart" TEXT,
    "deadlineEnd" TEXT,
    "deadlinePrecision" TEXT,
    "deadlineLabel" TEXT,
    "status" TEXT NOT NULL,
    "announcedEventId" INTEGER NOT NULL,
    "deadlineEventId" INTEGER,
    "supersedesId" INTEGER,
    CONSTRAINT "TargetRevision_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TargetRevision_announcedEventId_fkey" FOREIGN KEY ("announcedEventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TargetRevision_deadlineEventId_fkey" FOREIGN KEY ("deadlineEventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TargetRevision_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "TargetRevision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TargetRevision" ("announcedEventId", "deadlineEnd", "deadlineLabel", "deadlinePrecision", "deadlineStart", "id", "kind", "position", "proposedBy", "status", "supersedesId", "targetId", "value", "valueLabel") SELECT "announcedEventId", "deadlineEnd", "deadlineLabel", "deadlinePrecision", "deadlineStart", "id", "kind", "position", "proposedBy", "status", "supersedesId", "targetId", "value", "valueLabel" FROM "TargetRevision";
DROP TABLE "TargetRevision";
ALTER TABLE "new_TargetRevision" RENAME TO "TargetRevision";
CREATE UNIQUE INDEX "TargetRevision_supersedesId_key" ON "TargetRevision"("supersedesId");
CREATE INDEX "TargetRevision_deadlineEventId_idx" ON "TargetRevision"("deadlineEventId");
CREATE UNIQUE INDEX "TargetRevision_targetId_position_key" ON "TargetRevision"("targetId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

