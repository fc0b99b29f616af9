package org.tongxin.platform.infrastructure;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The persistence unit's statement inspector (persistence.xml): counts each statement on its thread
 * ({@link StatementCount}) and passes it unchanged.
 */
public class CountingStatementInspector implements StatementInspector {

    private static final long serialVersionUID = 1L;

    @Override
    public String inspect(String sql) {
        StatementCount.increment();
        return sql;
    }
}
