package org.workingwin.matching.profile;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Builds participant profiles for tests: lives in S10, travels up to 15 km, accepts every work mode,
 * and has no other preference or need, so each test states only what it is about.
 */
public final class TestProfile {

    public static final GeoPoint SHEFFIELD_S10 = new GeoPoint(53.376698, -1.518425);

    private final long id;
    private String wantedRoles;
    private Set<String> occupationCodes = Set.of();
    private String skills;
    private Set<String> sectors = Set.of();
    private Double hoursMin;
    private Double hoursMax;
    private Set<String> patterns = Set.of();
    private Double minimumHourlyPay;
    private Set<String> contractTypes = Set.of();
    private String homeDistrict = "S10";
    private GeoPoint home = SHEFFIELD_S10;
    private double maxTravelKm = 15;
    private Set<WorkMode> workModes = EnumSet.allOf(WorkMode.class);
    private final Map<String, NeedLevel> needs = new LinkedHashMap<>();
    private Set<String> demandsToAvoid = Set.of();

    private TestProfile(long id) {
        this.id = id;
    }

    public static TestProfile profile(long id) {
        return new TestProfile(id);
    }

    public TestProfile roles(String value) {
        wantedRoles = value;
        return this;
    }

    public TestProfile skills(String value) {
        skills = value;
        return this;
    }

    public TestProfile occupations(String... codes) {
        occupationCodes = Set.of(codes);
        return this;
    }

    public TestProfile sectors(String... values) {
        sectors = Set.of(values);
        return this;
    }

    public TestProfile hours(Double min, Double max) {
        hoursMin = min;
        hoursMax = max;
        return this;
    }

    public TestProfile patterns(String... codes) {
        patterns = Set.of(codes);
        return this;
    }

    public TestProfile minimumPay(Double value) {
        minimumHourlyPay = value;
        return this;
    }

    public TestProfile contracts(String... codes) {
        contractTypes = Set.of(codes);
        return this;
    }

    public TestProfile home(String district, GeoPoint point, double travelKm) {
        homeDistrict = district;
        home = point;
        maxTravelKm = travelKm;
        return this;
    }

    public TestProfile modes(WorkMode... modes) {
        workModes = modes.length == 0 ? Set.of() : EnumSet.of(modes[0], modes);
        return this;
    }

    public TestProfile mustHave(String... codes) {
        for (String code : codes) {
            needs.put(code, NeedLevel.MUST_HAVE);
        }
        return this;
    }

    public TestProfile wouldHelp(String... codes) {
        for (String code : codes) {
            needs.put(code, NeedLevel.WOULD_HELP);
        }
        return this;
    }

    public TestProfile avoids(String... codes) {
        demandsToAvoid = Set.of(codes);
        return this;
    }

    public ParticipantProfile build() {
        return new ParticipantProfile(id, wantedRoles, occupationCodes, skills, sectors, hoursMin, hoursMax, patterns,
                minimumHourlyPay, contractTypes, homeDistrict, home, maxTravelKm, workModes, needs, demandsToAvoid);
    }
}
