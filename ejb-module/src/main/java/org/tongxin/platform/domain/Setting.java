package org.tongxin.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One named configuration value (the security policy is kept as a few of these); changes are audited. */
@Entity
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
