package org.tongxin.inforeport.application;

/** A line of the differences between what the author wrote last and the text as it stands. */
public record DiffLineRow(String kind, String text) implements java.io.Serializable {}
