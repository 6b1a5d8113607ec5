package org.patchwork.web.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchwork.web.api.ClientNetworkApi;

/**
 * The team around the client as a picture: the client at the centre, each professional on a circle around
 * them, grouped by agency so that each agency's people sit together and share a colour.
 */
public record TeamPicture(int size, int centre, List<Node> nodes) {

    private static final String[] COLOURS = {"#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#f47738", "#5694ca",
            "#b58840", "#912b88"};

    public record Node(int x, int y, String name, String agency, String colour, boolean lead) {
    }

    static TeamPicture of(List<ClientNetworkApi.Member> members) {
        int size = 400;
        int centre = size / 2;
        double radius = 130;
        Map<String, String> colourOfAgency = new LinkedHashMap<>();
        List<ClientNetworkApi.Member> byAgency = members.stream()
                .sorted(java.util.Comparator.comparing(member -> String.valueOf(member.agency()))).toList();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < byAgency.size(); i++) {
            ClientNetworkApi.Member member = byAgency.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / byAgency.size();
            String colour = colourOfAgency.computeIfAbsent(String.valueOf(member.agency()),
                    agency -> COLOURS[colourOfAgency.size() % COLOURS.length]);
            nodes.add(new Node((int) Math.round(centre + radius * Math.cos(angle)),
                    (int) Math.round(centre + radius * Math.sin(angle)),
                    member.name() == null ? "Unknown" : member.name(), member.agency(), colour, member.isLead()));
        }
        return new TeamPicture(size, centre, nodes);
    }
}
