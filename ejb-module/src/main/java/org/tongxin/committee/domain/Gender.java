package org.tongxin.committee.domain;

public enum Gender {
    M,
    F
}
