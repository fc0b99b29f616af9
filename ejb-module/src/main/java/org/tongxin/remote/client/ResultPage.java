package org.tongxin.remote.client;

import java.io.Serializable;
import java.util.List;

/** One page of a longer answer: the items, the page (from 0), its size and the total. */
public record ResultPage<T extends Serializable>(List<T> items, int page, int size, long total)
        implements Serializable {}
