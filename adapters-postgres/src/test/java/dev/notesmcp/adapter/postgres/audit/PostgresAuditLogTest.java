package dev.notesmcp.adapter.postgres.audit;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.AuditLogContract;

class PostgresAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog store() {
        return new PostgresAuditLog(TestDatabase.dataSource());
    }
}
