package org.tongxin.platform.application;

/** Where attachments' bytes live: outside the database, addressed by their SHA-256. */
public interface FileStore {

    /** Stores the bytes (idempotent: the same content is stored once) and answers their SHA-256. */
    String put(byte[] content);

    byte[] get(String sha256);
}
