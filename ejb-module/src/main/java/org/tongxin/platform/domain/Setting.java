package org.tongxin.platform.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One named configuration value (the security policy is kept as a few of these); changes are audited. In the
 * second-level cache: the policy is read on every signed-in request and changes through JPA, which invalidates
 * it (on every node of a cluster too).
 */
@Entity
@Cacheable
@Table(name = "pf_setting")
public class Setting {

    @Id
    @Column(name = "setting_name", length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 400)
    private String value;

    protected Setting() {}

    public Setting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }
}
