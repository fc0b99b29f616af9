package org.tongxin.inforeport.application;

/** A file to hand out: its name, its checked type and its bytes. */
public record AttachmentDetails(String fileName, String contentType, byte[] content) implements java.io.Serializable {}
