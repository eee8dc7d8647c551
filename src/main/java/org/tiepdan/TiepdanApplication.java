package org.tiepdan;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** tiepdan: citizen reception, dialogues and petition handling for Vietnamese public bodies. */
@SpringBootApplication
public class TiepdanApplication {

    /** Every legal date is a date in Vietnam; the JVM default must agree with it. */
    public static final String ZONE = "Asia/Ho_Chi_Minh";

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        SpringApplication.run(TiepdanApplication.class, args);
    }
}
