package org.patchwork.notification.preference;

import java.util.List;


/** What a professional chose for one kind of alert. */
public enum ChannelChoice {
    EMAIL(List.of(Channel.EMAIL)),
    SMS(List.of(Channel.SMS)),
    BOTH(List.of(Channel.EMAIL, Channel.SMS)),
    NONE(List.of());

    private final List<Channel> channels;

    ChannelChoice(List<Channel> channels) {
        this.channels = channels;
    }

    public List<Channel> channels() {
        return channels;
    }
}
