-- The schema fnflow's schema version 1 (commit 3884887) made on PostgreSQL, from pg_dump --schema-only.
CREATE TABLE public.api_keys (
    seq bigint NOT NULL,
    id character varying(36) DEFAULT ''::character varying NOT NULL,
    project_id character varying(36) DEFAULT ''::character varying NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    secret_hash character varying(64) DEFAULT ''::character varying NOT NULL,
    scopes text DEFAULT '[]'::text NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.api_keys_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.api_keys_seq_seq OWNED BY public.api_keys.seq;
CREATE TABLE public.deployments (
    seq bigint NOT NULL,
    project_id character varying(36) DEFAULT ''::character varying NOT NULL,
    id character varying(36) DEFAULT ''::character varying NOT NULL,
    function_id character varying(36) DEFAULT ''::character varying NOT NULL,
    type character varying(16) DEFAULT ''::character varying NOT NULL,
    entrypoint character varying(1028) DEFAULT ''::character varying NOT NULL,
    commands text DEFAULT ''::text NOT NULL,
    source_size bigint DEFAULT 0 NOT NULL,
    build_size bigint DEFAULT 0 NOT NULL,
    total_size bigint DEFAULT 0 NOT NULL,
    activate boolean DEFAULT false NOT NULL,
    status character varying(16) DEFAULT ''::character varying NOT NULL,
    build_logs text DEFAULT ''::text NOT NULL,
    build_duration bigint DEFAULT 0 NOT NULL,
    build_started_at timestamp with time zone,
    build_ended_at timestamp with time zone,
    source_path character varying(512) DEFAULT ''::character varying NOT NULL,
    output_path character varying(512) DEFAULT ''::character varying NOT NULL,
    chunks_total bigint DEFAULT 0 NOT NULL,
    chunks_uploaded bigint DEFAULT 0 NOT NULL,
    search_text text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.deployments_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.deployments_seq_seq OWNED BY public.deployments.seq;
CREATE TABLE public.executions (
    seq bigint NOT NULL,
    project_id character varying(36) DEFAULT ''::character varying NOT NULL,
    id character varying(36) DEFAULT ''::character varying NOT NULL,
    function_id character varying(36) DEFAULT ''::character varying NOT NULL,
    deployment_id character varying(36) DEFAULT ''::character varying NOT NULL,
    trigger character varying(16) DEFAULT ''::character varying NOT NULL,
    status character varying(16) DEFAULT ''::character varying NOT NULL,
    permissions text DEFAULT '[]'::text NOT NULL,
    request_method character varying(16) DEFAULT ''::character varying NOT NULL,
    request_path text DEFAULT ''::text NOT NULL,
    request_headers text DEFAULT '[]'::text NOT NULL,
    request_body bytea,
    response_status_code bigint DEFAULT 0 NOT NULL,
    response_headers text DEFAULT '[]'::text NOT NULL,
    response_body bytea,
    logs text DEFAULT ''::text NOT NULL,
    errors text DEFAULT ''::text NOT NULL,
    duration numeric DEFAULT 0 NOT NULL,
    scheduled_at timestamp with time zone,
    user_id character varying(36) DEFAULT ''::character varying NOT NULL,
    event character varying(256) DEFAULT ''::character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.executions_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.executions_seq_seq OWNED BY public.executions.seq;
CREATE TABLE public.functions (
    seq bigint NOT NULL,
    project_id character varying(36) DEFAULT ''::character varying NOT NULL,
    id character varying(36) DEFAULT ''::character varying NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    runtime character varying(64) DEFAULT ''::character varying NOT NULL,
    execute text DEFAULT '[]'::text NOT NULL,
    events text DEFAULT '[]'::text NOT NULL,
    scopes text DEFAULT '[]'::text NOT NULL,
    schedule character varying(128) DEFAULT ''::character varying NOT NULL,
    schedule_next timestamp with time zone,
    schedule_previous timestamp with time zone,
    timeout bigint DEFAULT 0 NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    logging boolean DEFAULT false NOT NULL,
    live boolean DEFAULT false NOT NULL,
    entrypoint character varying(1028) DEFAULT ''::character varying NOT NULL,
    commands text DEFAULT ''::text NOT NULL,
    version character varying(8) DEFAULT 'v5'::character varying NOT NULL,
    deployment_id character varying(36) DEFAULT ''::character varying NOT NULL,
    deployment_created_at timestamp with time zone,
    latest_deployment_id character varying(36) DEFAULT ''::character varying NOT NULL,
    latest_deployment_at timestamp with time zone,
    latest_deployment_state character varying(16) DEFAULT ''::character varying NOT NULL,
    deployment_retention bigint DEFAULT 0 NOT NULL,
    installation_id character varying(128) DEFAULT ''::character varying NOT NULL,
    provider_repository_id character varying(128) DEFAULT ''::character varying NOT NULL,
    provider_branch character varying(128) DEFAULT ''::character varying NOT NULL,
    provider_root_directory character varying(128) DEFAULT ''::character varying NOT NULL,
    provider_silent_mode boolean DEFAULT false NOT NULL,
    provider_branches text DEFAULT '[]'::text NOT NULL,
    provider_paths text DEFAULT '[]'::text NOT NULL,
    build_specification character varying(32) DEFAULT ''::character varying NOT NULL,
    runtime_specification character varying(32) DEFAULT ''::character varying NOT NULL,
    search_text text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.functions_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.functions_seq_seq OWNED BY public.functions.seq;
CREATE TABLE public.projects (
    seq bigint NOT NULL,
    id character varying(36) DEFAULT ''::character varying NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.projects_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.projects_seq_seq OWNED BY public.projects.seq;
CREATE TABLE public.schema_versions (
    version bigint NOT NULL,
    applied_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.schema_versions_version_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.schema_versions_version_seq OWNED BY public.schema_versions.version;
CREATE TABLE public.variables (
    seq bigint NOT NULL,
    project_id character varying(36) DEFAULT ''::character varying NOT NULL,
    id character varying(36) DEFAULT ''::character varying NOT NULL,
    resource_type character varying(16) DEFAULT ''::character varying NOT NULL,
    resource_id character varying(36) DEFAULT ''::character varying NOT NULL,
    key character varying(255) DEFAULT ''::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    secret boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.variables_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.variables_seq_seq OWNED BY public.variables.seq;
ALTER TABLE ONLY public.api_keys ALTER COLUMN seq SET DEFAULT nextval('public.api_keys_seq_seq'::regclass);
ALTER TABLE ONLY public.deployments ALTER COLUMN seq SET DEFAULT nextval('public.deployments_seq_seq'::regclass);
ALTER TABLE ONLY public.executions ALTER COLUMN seq SET DEFAULT nextval('public.executions_seq_seq'::regclass);
ALTER TABLE ONLY public.functions ALTER COLUMN seq SET DEFAULT nextval('public.functions_seq_seq'::regclass);
ALTER TABLE ONLY public.projects ALTER COLUMN seq SET DEFAULT nextval('public.projects_seq_seq'::regclass);
ALTER TABLE ONLY public.schema_versions ALTER COLUMN version SET DEFAULT nextval('public.schema_versions_version_seq'::regclass);
ALTER TABLE ONLY public.variables ALTER COLUMN seq SET DEFAULT nextval('public.variables_seq_seq'::regclass);
ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (seq);
ALTER TABLE ONLY public.deployments
    ADD CONSTRAINT deployments_pkey PRIMARY KEY (seq);
ALTER TABLE ONLY public.executions
    ADD CONSTRAINT executions_pkey PRIMARY KEY (seq);
ALTER TABLE ONLY public.functions
    ADD CONSTRAINT functions_pkey PRIMARY KEY (seq);
ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (seq);
ALTER TABLE ONLY public.schema_versions
    ADD CONSTRAINT schema_versions_pkey PRIMARY KEY (version);
ALTER TABLE ONLY public.variables
    ADD CONSTRAINT variables_pkey PRIMARY KEY (seq);
CREATE UNIQUE INDEX idx_api_keys_id ON public.api_keys USING btree (id);
CREATE INDEX idx_api_keys_project_id ON public.api_keys USING btree (project_id);
CREATE UNIQUE INDEX idx_api_keys_secret_hash ON public.api_keys USING btree (secret_hash);
CREATE INDEX idx_deployments_created_at ON public.deployments USING btree (created_at);
CREATE INDEX idx_deployments_function_id ON public.deployments USING btree (function_id);
CREATE INDEX idx_deployments_status ON public.deployments USING btree (status);
CREATE INDEX idx_executions_created_at ON public.executions USING btree (created_at);
CREATE INDEX idx_executions_function_id ON public.executions USING btree (function_id);
CREATE INDEX idx_executions_status ON public.executions USING btree (status);
CREATE INDEX idx_functions_created_at ON public.functions USING btree (created_at);
CREATE UNIQUE INDEX idx_projects_id ON public.projects USING btree (id);
CREATE UNIQUE INDEX ux_deployment_project_id ON public.deployments USING btree (project_id, id);
CREATE UNIQUE INDEX ux_execution_project_id ON public.executions USING btree (project_id, id);
CREATE UNIQUE INDEX ux_function_project_id ON public.functions USING btree (project_id, id);
CREATE UNIQUE INDEX ux_variable_key ON public.variables USING btree (project_id, resource_type, resource_id, key);
CREATE UNIQUE INDEX ux_variable_project_id ON public.variables USING btree (project_id, id);
