<#-- Patchwork: never offer a username/password form; show the same agency list as login-username.ftl. -->
<#include "login-username.ftl">
