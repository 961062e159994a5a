package io.coursegen.lms;

/** The SCORM editions coursegen packages for, with what differs between them for the run-time. */
public enum ScormStandard {
    /** SCORM 1.2: {@code window.API}, {@code cmi.core.*}, suspend_data of at most 4,096 characters. */
    SCORM_12("scorm12", "1.2", 4096),
    /** SCORM 2004 4th Edition: {@code window.API_1484_11}, {@code cmi.*}, suspend_data of at most 64,000 characters. */
    SCORM_2004("scorm2004", "2004", 64000);

    private final String format;
    private final String runtime;
    private final int suspendLimit;

    ScormStandard(String format, String runtime, int suspendLimit) {
        this.format = format;
        this.runtime = runtime;
        this.suspendLimit = suspendLimit;
    }

    /** The {@code build --format} name. */
    public String format() {
        return format;
    }

    /** What the run-time script is told: {@code 1.2} or {@code 2004}. */
    public String runtime() {
        return runtime;
    }

    /** The most characters {@code cmi.suspend_data} may hold. */
    public int suspendLimit() {
        return suspendLimit;
    }
}
