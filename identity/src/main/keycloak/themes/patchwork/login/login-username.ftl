<#-- Patchwork: rendered by the "Username Form" step of flow "patchwork choose agency".
     No username or password field: staff sign in only through their own organisation's identity provider.
     (Anything posted to this step is refused by the "Deny access" step that follows it.) -->
<#import "template.ftl" as layout>
<#import "social-providers.ftl" as identityProviders>
<@layout.registrationLayout displayMessage=true displayInfo=false; section>
<!-- template: login-username.ftl (patchwork) -->
    <#if section = "header">
        ${msg("patchworkChooseOrganisation")}
    <#elseif section = "form">
        <p id="patchwork-sign-in-intro">${msg("patchworkSignInIntro")}</p>
    <#elseif section = "socialProviders">
        <#if social?? && social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        <#else>
            <p id="patchwork-no-agencies">${msg("patchworkNoAgencies")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
