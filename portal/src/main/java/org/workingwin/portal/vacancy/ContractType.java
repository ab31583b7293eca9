package org.workingwin.portal.vacancy;

public enum ContractType {
    PERMANENT("Permanent"), FIXED_TERM("Fixed term"), TEMPORARY("Temporary"), APPRENTICESHIP("Apprenticeship");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
