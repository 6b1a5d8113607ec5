{{/* Labels every object carries; a part's pods are selected by name and component. */}}
{{- define "patchwork.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: patchwork
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .version | default .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end }}

{{- define "patchwork.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* <registry>/<repository>/<name>:<tag> */}}
{{- define "patchwork.image" -}}
{{- $image := .root.Values.image -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repository .name .tag -}}
{{- end }}

{{/* A part's tag: its own, else the chart-wide one, else the chart's appVersion. */}}
{{- define "patchwork.tag" -}}
{{- $part := index .root.Values.parts .name -}}
{{- (($part.image).tag) | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- end }}

{{/* The Kafka settings of a service: SCRAM-SHA-512 over TLS, with the KafkaUser's Secret and the cluster CA; the
     partitions and replicas of the topics it declares, as the KafkaTopics have them. */}}
{{- define "patchwork.kafkaEnv" -}}
- name: PATCHWORK_KAFKA_BOOTSTRAP
  value: {{ printf "%s-kafka-bootstrap:9093" .Values.kafka.name | quote }}
- name: PATCHWORK_KAFKA_PARTITIONS
  value: {{ .Values.kafka.partitions | quote }}
- name: PATCHWORK_KAFKA_REPLICATION_FACTOR
  value: {{ .Values.kafka.replicationFactor | quote }}
- name: SPRING_KAFKA_SECURITY_PROTOCOL
  value: SASL_SSL
- name: SPRING_KAFKA_PROPERTIES_SASL_MECHANISM
  value: SCRAM-SHA-512
- name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ .user }}
      key: sasl.jaas.config
- name: SPRING_KAFKA_SSL_TRUST_STORE_TYPE
  value: PEM
- name: SPRING_KAFKA_SSL_TRUST_STORE_LOCATION
  value: file:/etc/patchwork/kafka-ca/ca.crt
{{- end }}

{{/* A part's variables from Secrets: its database role, its KafkaUser, and its own secrets. */}}
{{- define "patchwork.partEnv" -}}
{{- $v := .Values -}}
{{- $name := .name -}}
{{- $database := .database -}}
{{- $kafkaUser := .kafkaUser -}}
{{- if $database }}
- name: PATCHWORK_DB_USER
  valueFrom:
    secretKeyRef:
      name: {{ index $v.secrets.database (camelcase $database | untitle) }}
      key: username
- name: PATCHWORK_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ index $v.secrets.database (camelcase $database | untitle) }}
      key: password
{{- end }}
{{- if $kafkaUser }}
{{- include "patchwork.kafkaEnv" (dict "Values" $v "user" $kafkaUser) | nindent 0 }}
{{- end }}
{{- if eq $name "gateway" }}
- name: PATCHWORK_GATEWAY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $v.secrets.gatewayClient }}
      key: client-secret
{{- end }}
{{- if eq $name "directory-service" }}
- name: PATCHWORK_DIRECTORY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $v.secrets.directoryClient }}
      key: client-secret
{{- end }}
{{- if eq $name "notification-service" }}
- name: PATCHWORK_SMTP_USER
  valueFrom:
    secretKeyRef: {name: {{ $v.secrets.notifications }}, key: smtp-user, optional: true}
- name: PATCHWORK_SMTP_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ $v.secrets.notifications }}, key: smtp-password, optional: true}
- name: PATCHWORK_NOTIFY_API_KEY
  valueFrom:
    secretKeyRef: {name: {{ $v.secrets.notifications }}, key: notify-api-key, optional: true}
{{- end }}
{{- end }}
