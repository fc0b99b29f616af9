package org.tongxin.inforeport.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.tongxin.platform.application.Secrets;

/** A route's password as the database keeps it: sealed ({@link Secrets}), opened only to sign in at the other end. */
@Converter
public class SealedRouteSecret implements AttributeConverter<String, String> {

    static final String PURPOSE = "ir_route.secret";

    @Override
    public String convertToDatabaseColumn(String secret) {
        return Secrets.seal(secret, PURPOSE);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return Secrets.open(stored, PURPOSE);
    }
}
