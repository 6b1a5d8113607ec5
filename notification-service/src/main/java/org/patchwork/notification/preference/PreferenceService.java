package org.patchwork.notification.preference;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import org.patchwork.notification.professional.Professional;
import org.patchwork.notification.professional.ProfessionalRepository;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;

@Service
class PreferenceService {

    private final ProfessionalRepository professionals;
    private final PreferenceRepository preferences;

    PreferenceService(ProfessionalRepository professionals, PreferenceRepository preferences) {
        this.professionals = professionals;
        this.preferences = preferences;
    }

    PreferencesView of(Caller caller) {
        return PreferencesView.of(preferences.of(professionals.me(caller).id()));
    }

    PreferencesView update(Caller caller, UpdatePreferences update) {
        Professional professional = professionals.me(caller);
        if (update.channels().containsKey(AlertKind.DAILY_DIGEST)) {
            throw PatchworkException.invalid("DAILY_DIGEST is not a kind of alert; turn the digest on with dailyDigest.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(update.quietHours().timeZone());
        } catch (DateTimeException e) {
            throw PatchworkException.invalid("'" + update.quietHours().timeZone()
                    + "' is not a time zone; use a region such as Europe/London.");
        }
        Preferences chosen = new Preferences(Map.copyOf(update.channels()),
                new QuietHours(update.quietHours().from(), update.quietHours().until(), zone), update.dailyDigest());
        preferences.save(professional.id(), chosen);
        return PreferencesView.of(chosen);
    }
}
