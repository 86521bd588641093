-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorEmail" TEXT,
    "actorRoles" TEXT[],
    "actorIp" TEXT,
    "actorUserAgent" TEXT,
    "action" TEXT NOT NULL,
    "targetManagementCluster" TEXT,
    "targetKind" TEXT,
    "targetNamespace" TEXT,
    "targetName" TEXT,
    "requestId" UUID,
    "payload" JSONB NOT NULL,
    "prevHash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "requesterId" TEXT NOT NULL,
    "requesterName" TEXT NOT NULL,
    "requesterEmail" TEXT,
    "requesterTeam" TEXT,
    "managementCluster" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "clusterName" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "manifest" JSONB,
    "policy" JSONB NOT NULL,
    "requiredApprovals" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "ttlSeconds" INTEGER,
    "observedResourceVersion" TEXT,
    "appliedAt" TIMESTAMPTZ(3),
    "readyAt" TIMESTAMPTZ(3),
    "failureMessage" TEXT,
    "apiAuditId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "changeRequestId" UUID NOT NULL,
    "approverId" TEXT NOT NULL,
    "approverName" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxJob" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "changeRequestId" UUID NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'apply',
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedAt" TIMESTAMPTZ(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "roles" TEXT[],
    "teams" TEXT[],
    "name" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "prefix" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VersionSnapshot" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "managementCluster" TEXT NOT NULL,
    "team" TEXT NOT NULL DEFAULT '',
    "controlPlaneMinor" TEXT NOT NULL,
    "workerMinor" TEXT NOT NULL,
    "clusters" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VersionSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConditionTransition" (
    "id" BIGSERIAL NOT NULL,
    "managementCluster" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "uid" TEXT NOT NULL,
    "conditionType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "message" TEXT,
    "transitionAt" TIMESTAMPTZ(3) NOT NULL,
    "observedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConditionTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "target" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_occurredAt_idx" ON "AuditEvent"("action", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_targetManagementCluster_targetNamespace_targetNa_idx" ON "AuditEvent"("targetManagementCluster", "targetNamespace", "targetName", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_targetKind_occurredAt_idx" ON "AuditEvent"("targetKind", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_state_createdAt_idx" ON "ChangeRequest"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_managementCluster_namespace_clusterName_idx" ON "ChangeRequest"("managementCluster", "namespace", "clusterName");

-- CreateIndex
CREATE INDEX "ChangeRequest_requesterId_createdAt_idx" ON "ChangeRequest"("requesterId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_expiresAt_idx" ON "ChangeRequest"("expiresAt");

-- CreateIndex
CREATE INDEX "Approval_approverId_createdAt_idx" ON "Approval"("approverId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Approval_changeRequestId_approverId_key" ON "Approval"("changeRequestId", "approverId");

-- CreateIndex
CREATE INDEX "OutboxJob_state_nextAttemptAt_idx" ON "OutboxJob"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxJob_changeRequestId_idx" ON "OutboxJob"("changeRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "VersionSnapshot_day_idx" ON "VersionSnapshot"("day");

-- CreateIndex
CREATE UNIQUE INDEX "VersionSnapshot_day_managementCluster_team_controlPlaneMino_key" ON "VersionSnapshot"("day", "managementCluster", "team", "controlPlaneMinor", "workerMinor");

-- CreateIndex
CREATE INDEX "ConditionTransition_managementCluster_namespace_name_transi_idx" ON "ConditionTransition"("managementCluster", "namespace", "name", "transitionAt");

-- CreateIndex
CREATE INDEX "ConditionTransition_conditionType_status_transitionAt_idx" ON "ConditionTransition"("conditionType", "status", "transitionAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConditionTransition_uid_conditionType_status_transitionAt_key" ON "ConditionTransition"("uid", "conditionType", "status", "transitionAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_status_createdAt_idx" ON "NotificationDelivery"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxJob" ADD CONSTRAINT "OutboxJob_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- =============================================================================
-- Hand-written SQL (not generated by Prisma). Prisma does not model CHECK
-- constraints or triggers, so later `db:migrate:create` diffs leave them alone.
-- =============================================================================

-- Allowed values of text "enum" columns; keep in sync with lib/db/enums.ts.
ALTER TABLE "ChangeRequest"
    ADD CONSTRAINT "ChangeRequest_type_check" CHECK ("type" IN ('create-cluster', 'scale-pool', 'upgrade-version', 'pause', 'resume', 'delete-cluster')),
    ADD CONSTRAINT "ChangeRequest_state_check" CHECK ("state" IN ('pending', 'approved', 'applying', 'applied', 'provisioning', 'ready', 'rejected', 'failed', 'cancelled', 'expired')),
    ADD CONSTRAINT "ChangeRequest_requiredApprovals_check" CHECK ("requiredApprovals" >= 0),
    ADD CONSTRAINT "ChangeRequest_ttlSeconds_check" CHECK ("ttlSeconds" IS NULL OR "ttlSeconds" > 0),
    ADD CONSTRAINT "ChangeRequest_version_check" CHECK ("version" >= 1);

ALTER TABLE "Approval"
    ADD CONSTRAINT "Approval_decision_check" CHECK ("decision" IN ('approve', 'reject'));

ALTER TABLE "OutboxJob"
    ADD CONSTRAINT "OutboxJob_kind_check" CHECK ("kind" IN ('apply')),
    ADD CONSTRAINT "OutboxJob_state_check" CHECK ("state" IN ('pending', 'running', 'done', 'failed')),
    ADD CONSTRAINT "OutboxJob_attempts_check" CHECK ("attempts" >= 0);

ALTER TABLE "NotificationDelivery"
    ADD CONSTRAINT "NotificationDelivery_status_check" CHECK ("status" IN ('pending', 'sent', 'failed')),
    ADD CONSTRAINT "NotificationDelivery_attempts_check" CHECK ("attempts" >= 0);

ALTER TABLE "ConditionTransition"
    ADD CONSTRAINT "ConditionTransition_status_check" CHECK ("status" IN ('True', 'False', 'Unknown'));

ALTER TABLE "VersionSnapshot"
    ADD CONSTRAINT "VersionSnapshot_clusters_check" CHECK ("clusters" >= 0);

ALTER TABLE "ApiToken"
    ADD CONSTRAINT "ApiToken_tokenHash_check" CHECK ("tokenHash" ~ '^[0-9a-f]{64}$');

ALTER TABLE "AuditEvent"
    ADD CONSTRAINT "AuditEvent_hash_check" CHECK ("hash" ~ '^[0-9a-f]{64}$' AND "prevHash" ~ '^[0-9a-f]{64}$');

-- The audit history is append-only: even the application role cannot rewrite it.
-- (A superuser can still disable the triggers; the hash chain is what detects that.)
CREATE FUNCTION "quarterdeck_refuse_audit_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit events can only be inserted, through lib/audit/append-audit-event.ts.';
END;
$$;

CREATE TRIGGER "AuditEvent_refuse_update_delete"
    BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "quarterdeck_refuse_audit_change"();

CREATE TRIGGER "AuditEvent_refuse_truncate"
    BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "quarterdeck_refuse_audit_change"();

-- Four-eyes rule, enforced where no code path can skip it: nobody decides on their own
-- change request, decisions are only taken while it is pending, and a decision, once
-- recorded, is never moved to another person or request.
CREATE FUNCTION "quarterdeck_check_approval"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    request RECORD;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW."changeRequestId" IS DISTINCT FROM OLD."changeRequestId"
            OR NEW."approverId" IS DISTINCT FROM OLD."approverId"
            OR NEW."decision" IS DISTINCT FROM OLD."decision" THEN
            RAISE EXCEPTION 'approval decisions are immutable'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'Approval_immutable';
        END IF;
        RETURN NEW;
    END IF;

    -- FOR SHARE makes a concurrent state change (cancel, expire) wait for this decision or
    -- this decision see its result. Callers should lock or version-bump the change request
    -- before inserting the approval, so two approvers never wait on each other.
    SELECT "requesterId", "state" INTO request
        FROM "ChangeRequest" WHERE "id" = NEW."changeRequestId" FOR SHARE;
    IF NOT FOUND THEN
        RETURN NEW; -- the foreign key reports the missing change request
    END IF;
    IF request."requesterId" = NEW."approverId" THEN
        RAISE EXCEPTION 'self-approval is not allowed: % requested change request %', NEW."approverId", NEW."changeRequestId"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Approval_not_self_approval';
    END IF;
    IF request."state" <> 'pending' THEN
        RAISE EXCEPTION 'change request % is %, not pending: decisions are closed', NEW."changeRequestId", request."state"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Approval_request_pending';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Approval_enforce_rules"
    BEFORE INSERT OR UPDATE ON "Approval"
    FOR EACH ROW EXECUTE FUNCTION "quarterdeck_check_approval"();

-- The requester is what the self-approval rule compares against; it must not change.
CREATE FUNCTION "quarterdeck_keep_requester"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."requesterId" IS DISTINCT FROM OLD."requesterId" THEN
        RAISE EXCEPTION 'the requester of change request % cannot be changed', OLD."id"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ChangeRequest_requester_immutable';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "ChangeRequest_keep_requester"
    BEFORE UPDATE OF "requesterId" ON "ChangeRequest"
    FOR EACH ROW EXECUTE FUNCTION "quarterdeck_keep_requester"();
