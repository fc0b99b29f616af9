package org.tongxin.consultation.application;

/** A research document to hand out: its name, its checked type and its bytes. */
public record ResearchFileDetails(String fileName, String contentType, byte[] content)
        implements java.io.Serializable {}
