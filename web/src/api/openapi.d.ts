// Generated from the server's OpenAPI document by scripts/generate-api-types.ts; do not edit.
export interface paths {
    "/api/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one can sign in here */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password: boolean;
                            oidc: {
                                label: string;
                                loginUrl: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a local account; opens a new session (any earlier one is ended) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                organisationId: string | null;
                                organisationName: string | null;
                                isPlatformAdmin: boolean;
                                preferredLanguage: "fr" | "en";
                            };
                            /** @description Send it back in the x-csrf-token header on every change. */
                            csrfToken: string | null;
                            via: "session" | "token";
                            memberships: {
                                /** Format: uuid */
                                projectId: string;
                                projectCode: string;
                                projectTitle: string;
                                /** @enum {string} */
                                role: "committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, their projects and roles, and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                organisationId: string | null;
                                organisationName: string | null;
                                isPlatformAdmin: boolean;
                                preferredLanguage: "fr" | "en";
                            };
                            /** @description Send it back in the x-csrf-token header on every change. */
                            csrfToken: string | null;
                            via: "session" | "token";
                            memberships: {
                                /** Format: uuid */
                                projectId: string;
                                projectCode: string;
                                projectTitle: string;
                                /** @enum {string} */
                                role: "committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens (never their secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            scopes: ("projects:read" | "projects:write" | "audit:read" | "admin" | "imaging:read" | "imaging:write" | "gateway")[];
                            projectId: string | null;
                            createdAt: string;
                            expiresAt: string;
                            revokedAt: string | null;
                            lastUsedAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token (shown once) for the CLI or a site gateway */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("projects:read" | "projects:write" | "audit:read" | "admin" | "imaging:read" | "imaging:write" | "gateway")[];
                        projectId?: string | null;
                        expiresInDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            apiToken: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                scopes: ("projects:read" | "projects:write" | "audit:read" | "admin" | "imaging:read" | "imaging:write" | "gateway")[];
                                projectId: string | null;
                                createdAt: string;
                                expiresAt: string;
                                revokedAt: string | null;
                                lastUsedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in through the OpenID Connect provider: redirects the browser to it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect (Location header) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the OpenID Connect provider sends the browser back: opens a session and redirects to the app, or to the sign-in page with the reason */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    session_state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect (Location header) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations known to the platform */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee" | "platform";
                            city: string | null;
                            country: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an organisation (centre, core lab, statistics unit, sponsor, committee) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee" | "platform";
                        city?: string | null;
                        /** @description ISO 3166-1 alpha-2 */
                        country?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee" | "platform";
                            city: string | null;
                            country: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or relocate an organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        city?: string | null;
                        /** @description ISO 3166-1 alpha-2 */
                        country?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee" | "platform";
                            city: string | null;
                            country: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            organisationId: string | null;
                            isPlatformAdmin: boolean;
                            preferredLanguage: "fr" | "en";
                            disabled: boolean;
                            hasPassword: boolean;
                            oidcLinked: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account (a local password, or none for an account that signs in through OIDC) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        email?: string | null;
                        organisationId: string | null;
                        password?: string;
                        isPlatformAdmin?: boolean;
                        preferredLanguage?: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            organisationId: string | null;
                            isPlatformAdmin: boolean;
                            preferredLanguage: "fr" | "en";
                            disabled: boolean;
                            hasPassword: boolean;
                            oidcLinked: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account: name, organisation, administration, language, disabled, password */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        email?: string | null;
                        organisationId?: string | null;
                        isPlatformAdmin?: boolean;
                        preferredLanguage?: "fr" | "en";
                        disabled?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            organisationId: string | null;
                            isPlatformAdmin: boolean;
                            preferredLanguage: "fr" | "en";
                            disabled: boolean;
                            hasPassword: boolean;
                            oidcLinked: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my preferred language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        preferredLanguage: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            organisationId: string | null;
                            isPlatformAdmin: boolean;
                            preferredLanguage: "fr" | "en";
                            disabled: boolean;
                            hasPassword: boolean;
                            oidcLinked: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects I take part in, with my roles (every project for a platform administrator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            title: string;
                            description: string;
                            status: "active" | "closed";
                            myRoles: ("committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo")[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a project (after its approval by the committee) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        title: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            title: string;
                            description: string;
                            status: "active" | "closed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project, the organisations taking part and my roles in it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            title: string;
                            description: string;
                            status: "active" | "closed";
                            parties: {
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                part: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee";
                            }[];
                            myRoles: ("committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an organisation to the project as centre, core lab, statistics unit, sponsor or committee */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /** @enum {string} */
                        part: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            part: "centre" | "core_lab" | "statistics_unit" | "sponsor" | "committee";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who holds which role in the project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo";
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            grantedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Grant a project role; refused with the rule named when it breaks separation of duties */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        /** @enum {string} */
                        role: "committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo";
                        /** @description Why; recorded on the audit trail. */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "committee_member" | "sponsor_pi" | "centre_data_manager" | "qc_reviewer" | "reader" | "adjudicator" | "core_lab_manager" | "statistician" | "auditor" | "dpo";
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            grantedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/memberships/{membershipId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a project role (kept on record, never deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the whole audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    actorUserId?: string;
                    /** @description Prefix, e.g. "auth." or "membership.granted" */
                    action?: string;
                    targetType?: string;
                    from?: string;
                    to?: string;
                    /** @description Only events older than this sequence number (paging) */
                    before?: string;
                    limit?: number;
                    projectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: string;
                            occurredAt: string;
                            actorUserId: string | null;
                            actorUsername: string | null;
                            actorRole: string | null;
                            organisationId: string | null;
                            projectId: string | null;
                            projectCode: string | null;
                            action: string;
                            targetType: string;
                            targetId: string | null;
                            reason: string | null;
                            beforeDigest: string | null;
                            afterDigest: string | null;
                            details: string;
                            requestId: string | null;
                            hash: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole audit trail (filtered) as CSV */
        get: {
            parameters: {
                query?: {
                    actorUserId?: string;
                    /** @description Prefix, e.g. "auth." or "membership.granted" */
                    action?: string;
                    targetType?: string;
                    from?: string;
                    to?: string;
                    /** @description Only events older than this sequence number (paging) */
                    before?: string;
                    limit?: number;
                    projectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    actorUserId?: string;
                    /** @description Prefix, e.g. "auth." or "membership.granted" */
                    action?: string;
                    targetType?: string;
                    from?: string;
                    to?: string;
                    /** @description Only events older than this sequence number (paging) */
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: string;
                            occurredAt: string;
                            actorUserId: string | null;
                            actorUsername: string | null;
                            actorRole: string | null;
                            organisationId: string | null;
                            projectId: string | null;
                            projectCode: string | null;
                            action: string;
                            targetType: string;
                            targetId: string | null;
                            reason: string | null;
                            beforeDigest: string | null;
                            afterDigest: string | null;
                            details: string;
                            requestId: string | null;
                            hash: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/audit/events.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's audit trail (filtered) as CSV */
        get: {
            parameters: {
                query?: {
                    actorUserId?: string;
                    /** @description Prefix, e.g. "auth." or "membership.granted" */
                    action?: string;
                    targetType?: string;
                    from?: string;
                    to?: string;
                    /** @description Only events older than this sequence number (paging) */
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the whole hash chain and every signed checkpoint; names the first bad event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checkedEvents: number;
                            head: {
                                seq: string;
                                hash: string;
                            };
                            checkpointsChecked: number;
                            latestCheckpoint: {
                                seq: string;
                                signedAt: string;
                                keyId: string;
                            } | null;
                            firstBreak: {
                                seq: string;
                                problem: string;
                                message: string;
                            } | null;
                            durationMs: number;
                            eventsPerSecond: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed checkpoints of the audit-chain head */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: string;
                            hash: string;
                            signedAt: string;
                            keyId: string;
                            signature: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign the current head of the audit chain now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: string;
                            hash: string;
                            signedAt: string;
                            keyId: string;
                            signature: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's Ed25519 public key that checks checkpoint signatures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keyId: string;
                            publicKeyPem: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.jsonl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole hash chain and its signed checkpoints as JSON lines, for the standalone verifier
         * @description Streams a header, one line per event, one line per signed checkpoint and an end line (format: verify/README.md). A platform administrator gets every event in full; an auditor or DPO gets in full the events of the projects where they hold that role, and every other event as a redacted line (seq, prevHash, hash) so that the chain still verifies end to end. The export is recorded on the audit trail.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON lines: header, events, checkpoints, end */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's subjects with their status now: a centre's people see their centre's, the core lab, DPO and auditor all */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            centreId: string;
                            /**
                             * @description Information/consent status now; only consented and no-objection subjects may have imaging accepted, QC'd, read or exported
                             * @enum {string}
                             */
                            consentStatus: "unknown" | "consented" | "information-notice-delivered" | "no-objection" | "objected" | "withdrawn";
                            /** @description Whether the subject's imaging may be accepted, QC'd, read or exported now */
                            mayProcess: boolean;
                            /** @description Last day of the waiting period while it runs */
                            waitingUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a pseudonymous subject of my centre, with its first information/consent event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The pseudonymous subject code; PatientID and PatientName of its imaging */
                        code: string;
                        /** Format: uuid */
                        centreId: string;
                        consent?: {
                            /**
                             * @description written-consent (prospective); information-notice (retrospective use, then no objection once the waiting period has elapsed); objection or withdrawal (final: processing stops at once)
                             * @enum {string}
                             */
                            kind: "written-consent" | "information-notice" | "objection" | "withdrawal";
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            date: string;
                            /**
                             * @description How a notice was delivered, or an objection or withdrawal received
                             * @enum {string}
                             */
                            channel?: "letter" | "registered-letter" | "email" | "in-person" | "phone" | "patient-portal";
                        };
                        /**
                         * @description A status declared without its evidence (recorded as status-declared; pending records nothing); prefer `consent`
                         * @enum {string}
                         */
                        consentStatus?: "consented" | "no-objection" | "pending" | "objected" | "withdrawn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            centreId: string;
                            /**
                             * @description Information/consent status now; only consented and no-objection subjects may have imaging accepted, QC'd, read or exported
                             * @enum {string}
                             */
                            consentStatus: "unknown" | "consented" | "information-notice-delivered" | "no-objection" | "objected" | "withdrawn";
                            /** @description Whether the subject's imaging may be accepted, QC'd, read or exported now */
                            mayProcess: boolean;
                            /** @description Last day of the waiting period while it runs */
                            waitingUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            processingAllowedFrom: string | null;
                            processingStoppedAt: string | null;
                            /** @description Append-only, in the order recorded */
                            history: {
                                seq: number;
                                /**
                                 * @description status-declared: a status stated at registration without its evidence
                                 * @enum {string}
                                 */
                                kind: "written-consent" | "information-notice" | "objection" | "withdrawal" | "status-declared";
                                /** @description A calendar day, YYYY-MM-DD (UTC) */
                                date: string;
                                channel: ("letter" | "registered-letter" | "email" | "in-person" | "phone" | "patient-portal") | null;
                                declaredStatus: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subjects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register my centre's subjects from a CSV
         * @description UTF-8 CSV (a byte-order mark, CRLF, quoted fields, and ';' or tab separators are accepted), at most 2 MiB and 5000 subjects. Header row: code, and optionally the first consent event as event, date (YYYY-MM-DD) and channel. Each bad line is reported with its line number and reason; nothing is imported from a file with a bad line unless importValidLines=true.
         */
        post: {
            parameters: {
                query: {
                    /** @description Import the valid lines and report the bad ones */
                    importValidLines: boolean;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            /** @description The CSV text */
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            centreId: string;
                            lines: number;
                            imported: {
                                line: number;
                                code: string;
                                /** Format: uuid */
                                id: string;
                                /**
                                 * @description Information/consent status now; only consented and no-objection subjects may have imaging accepted, QC'd, read or exported
                                 * @enum {string}
                                 */
                                consentStatus: "unknown" | "consented" | "information-notice-delivered" | "no-objection" | "objected" | "withdrawn";
                            }[];
                            rejected: {
                                line: number;
                                code: string | null;
                                /** @description Stable reason code, e.g. consent.date-in-future, subject-import.duplicate-in-file, subject.code-taken */
                                reason: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subjects/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subject with its status now and its consent history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    subjectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            centreId: string;
                            /**
                             * @description Information/consent status now; only consented and no-objection subjects may have imaging accepted, QC'd, read or exported
                             * @enum {string}
                             */
                            consentStatus: "unknown" | "consented" | "information-notice-delivered" | "no-objection" | "objected" | "withdrawn";
                            /** @description Whether the subject's imaging may be accepted, QC'd, read or exported now */
                            mayProcess: boolean;
                            /** @description Last day of the waiting period while it runs */
                            waitingUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            processingAllowedFrom: string | null;
                            processingStoppedAt: string | null;
                            /** @description Append-only, in the order recorded */
                            history: {
                                seq: number;
                                /**
                                 * @description status-declared: a status stated at registration without its evidence
                                 * @enum {string}
                                 */
                                kind: "written-consent" | "information-notice" | "objection" | "withdrawal" | "status-declared";
                                /** @description A calendar day, YYYY-MM-DD (UTC) */
                                date: string;
                                channel: ("letter" | "registered-letter" | "email" | "in-person" | "phone" | "patient-portal") | null;
                                declaredStatus: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subjects/{subjectId}/consent-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an information/consent event of a subject of my centre (a DPO: an objection or withdrawal of any subject); an objection or withdrawal stops all processing at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    subjectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description written-consent (prospective); information-notice (retrospective use, then no objection once the waiting period has elapsed); objection or withdrawal (final: processing stops at once)
                         * @enum {string}
                         */
                        kind: "written-consent" | "information-notice" | "objection" | "withdrawal";
                        /** @description A calendar day, YYYY-MM-DD (UTC) */
                        date: string;
                        /**
                         * @description How a notice was delivered, or an objection or withdrawal received
                         * @enum {string}
                         */
                        channel?: "letter" | "registered-letter" | "email" | "in-person" | "phone" | "patient-portal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            centreId: string;
                            /**
                             * @description Information/consent status now; only consented and no-objection subjects may have imaging accepted, QC'd, read or exported
                             * @enum {string}
                             */
                            consentStatus: "unknown" | "consented" | "information-notice-delivered" | "no-objection" | "objected" | "withdrawn";
                            /** @description Whether the subject's imaging may be accepted, QC'd, read or exported now */
                            mayProcess: boolean;
                            /** @description Last day of the waiting period while it runs */
                            waitingUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            processingAllowedFrom: string | null;
                            processingStoppedAt: string | null;
                            /** @description Append-only, in the order recorded */
                            history: {
                                seq: number;
                                /**
                                 * @description status-declared: a status stated at registration without its evidence
                                 * @enum {string}
                                 */
                                kind: "written-consent" | "information-notice" | "objection" | "withdrawal" | "status-declared";
                                /** @description A calendar day, YYYY-MM-DD (UTC) */
                                date: string;
                                channel: ("letter" | "registered-letter" | "email" | "in-person" | "phone" | "patient-portal") | null;
                                declaredStatus: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consent-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's waiting period between an information notice and retrospective use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waitingPeriodDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Set the waiting period (days); the status of every subject whose notice it concerns follows at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        waitingPeriodDays: number;
                        /** @description Why; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waitingPeriodDays: number;
                            subjectsChanged: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QIDO-RS: search studies */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    offset?: string;
                    /** @description attribute keywords or tags, or "all" */
                    includefield?: string | string[];
                    fuzzymatching?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** STOW-RS: store DICOM instances (multipart/related; type="application/dicom") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: retrieve a study */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** STOW-RS: store DICOM instances (multipart/related; type="application/dicom") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QIDO-RS: search series */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    offset?: string;
                    /** @description attribute keywords or tags, or "all" */
                    includefield?: string | string[];
                    fuzzymatching?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QIDO-RS: search instances */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    offset?: string;
                    /** @description attribute keywords or tags, or "all" */
                    includefield?: string | string[];
                    fuzzymatching?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QIDO-RS: search a study's series */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    offset?: string;
                    /** @description attribute keywords or tags, or "all" */
                    includefield?: string | string[];
                    fuzzymatching?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QIDO-RS: search a study's instances */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    offset?: string;
                    /** @description attribute keywords or tags, or "all" */
                    includefield?: string | string[];
                    fuzzymatching?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QIDO-RS: search a series' instances */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    offset?: string;
                    /** @description attribute keywords or tags, or "all" */
                    includefield?: string | string[];
                    fuzzymatching?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: retrieve a series */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}/instances/{instance}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: retrieve an instance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                    instance: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: a study's metadata */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: a series' metadata */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}/instances/{instance}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: an instance's metadata */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                    instance: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}/instances/{instance}/frames/{frames}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: frames of an instance (octet-stream when uncompressed, the encapsulated fragments otherwise) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                    instance: string;
                    frames: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dicomweb/projects/{projectId}/studies/{study}/series/{series}/instances/{instance}/bulkdata/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WADO-RS: a bulk data element of an instance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    study: string;
                    series: string;
                    instance: string;
                    path: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/protocols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions of the project's imaging protocol, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a new version of the project's imaging protocol
         * @description An exam is checked against the version current at its first submission. A refused definition answers 400 with a code naming the problem (e.g. protocol.range-inverted, protocol.unknown-attribute, protocol.unsafe-regex) and `field`, a JSON pointer to the offending field of the request.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An imaging protocol: the series each exam must hold and their acceptable acquisition parameters */
                        definition: {
                            title: string;
                            description?: string;
                            series: {
                                /** @description Unique within the protocol, e.g. cine-sax */
                                name: string;
                                label: string;
                                /** @description Whether an exam must hold this series (default true) */
                                required?: boolean;
                                /** @description An exam series is this protocol series when it meets every condition */
                                match: {
                                    /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                    attribute?: string;
                                    /**
                                     * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                     * @enum {string}
                                     */
                                    measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                    /** @description Lowest acceptable value (numeric attribute or measure) */
                                    min?: number;
                                    /** @description Highest acceptable value (numeric attribute or measure) */
                                    max?: number;
                                    /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                    oneOf?: string[];
                                    /** @description The attribute must hold each of these values */
                                    includes?: string[];
                                    /** @description The attribute must hold none of these values */
                                    excludes?: string[];
                                    /** @description A regular expression the value must match, case-insensitive */
                                    pattern?: string;
                                }[];
                                rules: {
                                    /** @description Unique within the series, e.g. slice-thickness */
                                    id: string;
                                    label?: string;
                                    /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                    attribute?: string;
                                    /**
                                     * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                     * @enum {string}
                                     */
                                    measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                    /** @description Lowest acceptable value (numeric attribute or measure) */
                                    min?: number;
                                    /** @description Highest acceptable value (numeric attribute or measure) */
                                    max?: number;
                                    /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                    oneOf?: string[];
                                    /** @description The attribute must hold each of these values */
                                    includes?: string[];
                                    /** @description The attribute must hold none of these values */
                                    excludes?: string[];
                                    /** @description A regular expression the value must match, case-insensitive */
                                    pattern?: string;
                                }[];
                            }[];
                        };
                        /** @description Why this version; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                            /** @description An imaging protocol: the series each exam must hold and their acceptable acquisition parameters */
                            definition: {
                                title: string;
                                description?: string;
                                series: {
                                    /** @description Unique within the protocol, e.g. cine-sax */
                                    name: string;
                                    label: string;
                                    /** @description Whether an exam must hold this series (default true) */
                                    required?: boolean;
                                    /** @description An exam series is this protocol series when it meets every condition */
                                    match: {
                                        /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                        attribute?: string;
                                        /**
                                         * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                         * @enum {string}
                                         */
                                        measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                        /** @description Lowest acceptable value (numeric attribute or measure) */
                                        min?: number;
                                        /** @description Highest acceptable value (numeric attribute or measure) */
                                        max?: number;
                                        /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                        oneOf?: string[];
                                        /** @description The attribute must hold each of these values */
                                        includes?: string[];
                                        /** @description The attribute must hold none of these values */
                                        excludes?: string[];
                                        /** @description A regular expression the value must match, case-insensitive */
                                        pattern?: string;
                                    }[];
                                    rules: {
                                        /** @description Unique within the series, e.g. slice-thickness */
                                        id: string;
                                        label?: string;
                                        /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                        attribute?: string;
                                        /**
                                         * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                         * @enum {string}
                                         */
                                        measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                        /** @description Lowest acceptable value (numeric attribute or measure) */
                                        min?: number;
                                        /** @description Highest acceptable value (numeric attribute or measure) */
                                        max?: number;
                                        /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                        oneOf?: string[];
                                        /** @description The attribute must hold each of these values */
                                        includes?: string[];
                                        /** @description The attribute must hold none of these values */
                                        excludes?: string[];
                                        /** @description A regular expression the value must match, case-insensitive */
                                        pattern?: string;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/protocols/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current version of the project's imaging protocol
         * @description An exam is checked against the version current at its first submission.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                            /** @description An imaging protocol: the series each exam must hold and their acceptable acquisition parameters */
                            definition: {
                                title: string;
                                description?: string;
                                series: {
                                    /** @description Unique within the protocol, e.g. cine-sax */
                                    name: string;
                                    label: string;
                                    /** @description Whether an exam must hold this series (default true) */
                                    required?: boolean;
                                    /** @description An exam series is this protocol series when it meets every condition */
                                    match: {
                                        /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                        attribute?: string;
                                        /**
                                         * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                         * @enum {string}
                                         */
                                        measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                        /** @description Lowest acceptable value (numeric attribute or measure) */
                                        min?: number;
                                        /** @description Highest acceptable value (numeric attribute or measure) */
                                        max?: number;
                                        /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                        oneOf?: string[];
                                        /** @description The attribute must hold each of these values */
                                        includes?: string[];
                                        /** @description The attribute must hold none of these values */
                                        excludes?: string[];
                                        /** @description A regular expression the value must match, case-insensitive */
                                        pattern?: string;
                                    }[];
                                    rules: {
                                        /** @description Unique within the series, e.g. slice-thickness */
                                        id: string;
                                        label?: string;
                                        /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                        attribute?: string;
                                        /**
                                         * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                         * @enum {string}
                                         */
                                        measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                        /** @description Lowest acceptable value (numeric attribute or measure) */
                                        min?: number;
                                        /** @description Highest acceptable value (numeric attribute or measure) */
                                        max?: number;
                                        /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                        oneOf?: string[];
                                        /** @description The attribute must hold each of these values */
                                        includes?: string[];
                                        /** @description The attribute must hold none of these values */
                                        excludes?: string[];
                                        /** @description A regular expression the value must match, case-insensitive */
                                        pattern?: string;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/protocols/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the project's imaging protocol; every version stays readable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                            /** @description An imaging protocol: the series each exam must hold and their acceptable acquisition parameters */
                            definition: {
                                title: string;
                                description?: string;
                                series: {
                                    /** @description Unique within the protocol, e.g. cine-sax */
                                    name: string;
                                    label: string;
                                    /** @description Whether an exam must hold this series (default true) */
                                    required?: boolean;
                                    /** @description An exam series is this protocol series when it meets every condition */
                                    match: {
                                        /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                        attribute?: string;
                                        /**
                                         * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                         * @enum {string}
                                         */
                                        measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                        /** @description Lowest acceptable value (numeric attribute or measure) */
                                        min?: number;
                                        /** @description Highest acceptable value (numeric attribute or measure) */
                                        max?: number;
                                        /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                        oneOf?: string[];
                                        /** @description The attribute must hold each of these values */
                                        includes?: string[];
                                        /** @description The attribute must hold none of these values */
                                        excludes?: string[];
                                        /** @description A regular expression the value must match, case-insensitive */
                                        pattern?: string;
                                    }[];
                                    rules: {
                                        /** @description Unique within the series, e.g. slice-thickness */
                                        id: string;
                                        label?: string;
                                        /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                        attribute?: string;
                                        /**
                                         * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                         * @enum {string}
                                         */
                                        measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                        /** @description Lowest acceptable value (numeric attribute or measure) */
                                        min?: number;
                                        /** @description Highest acceptable value (numeric attribute or measure) */
                                        max?: number;
                                        /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                        oneOf?: string[];
                                        /** @description The attribute must hold each of these values */
                                        includes?: string[];
                                        /** @description The attribute must hold none of these values */
                                        excludes?: string[];
                                        /** @description A regular expression the value must match, case-insensitive */
                                        pattern?: string;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions of the project's QC checklist, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a new version of the project's QC checklist
         * @description Grades: good, acceptable, poor, non-diagnostic. A refused definition answers 400 with a code naming the problem (e.g. checklist.duplicate-artefact-code, checklist.unknown-series) and `field`, a JSON pointer to the offending field of the request.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A QC checklist: per series a grade (good / acceptable / poor / non-diagnostic), the artefacts seen and a comment */
                        definition: {
                            title: string;
                            description?: string;
                            artefacts: {
                                /** @description Unique within the checklist, e.g. respiratory-motion */
                                code: string;
                                label: string;
                                /** @description Names of the protocol's series this artefact can be ticked on (default: all) */
                                appliesTo?: string[];
                            }[];
                            /** @description Grades that need a comment from the QC reviewer */
                            commentRequiredFor?: ("good" | "acceptable" | "poor" | "non-diagnostic")[];
                            /** @description Longest comment per series (default 2000) */
                            commentMaxLength?: number;
                        };
                        /** @description Why this version; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                            /** @description A QC checklist: per series a grade (good / acceptable / poor / non-diagnostic), the artefacts seen and a comment */
                            definition: {
                                title: string;
                                description?: string;
                                artefacts: {
                                    /** @description Unique within the checklist, e.g. respiratory-motion */
                                    code: string;
                                    label: string;
                                    /** @description Names of the protocol's series this artefact can be ticked on (default: all) */
                                    appliesTo?: string[];
                                }[];
                                /** @description Grades that need a comment from the QC reviewer */
                                commentRequiredFor?: ("good" | "acceptable" | "poor" | "non-diagnostic")[];
                                /** @description Longest comment per series (default 2000) */
                                commentMaxLength?: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/checklists/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current version of the project's QC checklist
         * @description Grades: good, acceptable, poor, non-diagnostic.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                            /** @description A QC checklist: per series a grade (good / acceptable / poor / non-diagnostic), the artefacts seen and a comment */
                            definition: {
                                title: string;
                                description?: string;
                                artefacts: {
                                    /** @description Unique within the checklist, e.g. respiratory-motion */
                                    code: string;
                                    label: string;
                                    /** @description Names of the protocol's series this artefact can be ticked on (default: all) */
                                    appliesTo?: string[];
                                }[];
                                /** @description Grades that need a comment from the QC reviewer */
                                commentRequiredFor?: ("good" | "acceptable" | "poor" | "non-diagnostic")[];
                                /** @description Longest comment per series (default 2000) */
                                commentMaxLength?: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/checklists/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the project's QC checklist; every version stays readable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new exams are checked against */
                            current: boolean;
                            /** @description A QC checklist: per series a grade (good / acceptable / poor / non-diagnostic), the artefacts seen and a comment */
                            definition: {
                                title: string;
                                description?: string;
                                artefacts: {
                                    /** @description Unique within the checklist, e.g. respiratory-motion */
                                    code: string;
                                    label: string;
                                    /** @description Names of the protocol's series this artefact can be ticked on (default: all) */
                                    appliesTo?: string[];
                                }[];
                                /** @description Grades that need a comment from the QC reviewer */
                                commentRequiredFor?: ("good" | "acceptable" | "poor" | "non-diagnostic")[];
                                /** @description Longest comment per series (default 2000) */
                                commentMaxLength?: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's exams in my scope: my centre's for a data manager, every other centre's for a QC reviewer, all for the core-lab manager and auditors */
        get: {
            parameters: {
                query?: {
                    /** @description receiving: received, not yet submitted by the centre; checks-failed: a conformance rule failed, the centre may re-send series and submit again; awaiting-review: every rule passed, the exam waits for QC review; in-review: claimed by a QC reviewer; qc-passed, qc-passed-with-remarks, qc-failed: the review's verdict (after a fail the centre re-sends series and submits again) */
                    state?: "checks-failed" | "awaiting-review" | "in-review" | "qc-passed" | "qc-passed-with-remarks" | "qc-failed" | "receiving";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            studyInstanceUid: string;
                            subjectCode: string;
                            consentStatus: string;
                            /** @description Whether the subject's information/consent allows its imaging to be processed now */
                            processingAllowed: boolean;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            studyDate: string | null;
                            numberOfSeries: number;
                            numberOfInstances: number;
                            /**
                             * @description receiving: received, not yet submitted by the centre; checks-failed: a conformance rule failed, the centre may re-send series and submit again; awaiting-review: every rule passed, the exam waits for QC review; in-review: claimed by a QC reviewer; qc-passed, qc-passed-with-remarks, qc-failed: the review's verdict (after a fail the centre re-sends series and submits again)
                             * @enum {string}
                             */
                            state: "checks-failed" | "awaiting-review" | "in-review" | "qc-passed" | "qc-passed-with-remarks" | "qc-failed" | "receiving";
                            conformanceVerdict: ("pass" | "fail") | null;
                            failedRules: number | null;
                            submissions: number;
                            /** @description The protocol version the exam is checked against, fixed at its first submission */
                            protocolVersion: number | null;
                            firstSubmittedAt: string | null;
                            lastSubmittedAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An exam with the result of every conformance rule of its latest submission, and the history of its submissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            studyInstanceUid: string;
                            subjectCode: string;
                            consentStatus: string;
                            /** @description Whether the subject's information/consent allows its imaging to be processed now */
                            processingAllowed: boolean;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            studyDate: string | null;
                            numberOfSeries: number;
                            numberOfInstances: number;
                            /**
                             * @description receiving: received, not yet submitted by the centre; checks-failed: a conformance rule failed, the centre may re-send series and submit again; awaiting-review: every rule passed, the exam waits for QC review; in-review: claimed by a QC reviewer; qc-passed, qc-passed-with-remarks, qc-failed: the review's verdict (after a fail the centre re-sends series and submits again)
                             * @enum {string}
                             */
                            state: "checks-failed" | "awaiting-review" | "in-review" | "qc-passed" | "qc-passed-with-remarks" | "qc-failed" | "receiving";
                            conformanceVerdict: ("pass" | "fail") | null;
                            failedRules: number | null;
                            submissions: number;
                            /** @description The protocol version the exam is checked against, fixed at its first submission */
                            protocolVersion: number | null;
                            firstSubmittedAt: string | null;
                            lastSubmittedAt: string | null;
                            conformance: {
                                submission: number;
                                /** Format: date-time */
                                ranAt: string;
                                protocolVersion: number;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                                failedRules: number;
                                seriesCount: number;
                                instanceCount: number;
                                submittedBy: string | null;
                                comment: string | null;
                                series: {
                                    name: string;
                                    label: string;
                                    required: boolean;
                                    seriesInstanceUid: string | null;
                                    seriesNumber: number | null;
                                    seriesDescription: string | null;
                                    /** @description Other exam series that met the recognition conditions; the one meeting the most rules is checked */
                                    otherCandidates: string[];
                                    results: {
                                        /** @description The rule's id; "present" for the series' own presence */
                                        rule: string;
                                        label: string;
                                        /** @description What the rule asked for */
                                        expected: {
                                            /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                            attribute?: string;
                                            /**
                                             * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                             * @enum {string}
                                             */
                                            measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                            /** @description Lowest acceptable value (numeric attribute or measure) */
                                            min?: number;
                                            /** @description Highest acceptable value (numeric attribute or measure) */
                                            max?: number;
                                            /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                            oneOf?: string[];
                                            /** @description The attribute must hold each of these values */
                                            includes?: string[];
                                            /** @description The attribute must hold none of these values */
                                            excludes?: string[];
                                            /** @description A regular expression the value must match, case-insensitive */
                                            pattern?: string;
                                            /** @description For the presence rule: whether the series is required */
                                            required?: boolean;
                                        };
                                        /** @description Distinct values measured over the series (measures: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane) */
                                        measured: (number | string)[] | null;
                                        unit: string | null;
                                        /** @enum {string} */
                                        verdict: "pass" | "fail" | "not-applicable";
                                        reason: string;
                                    }[];
                                }[];
                                unmatchedSeries: {
                                    seriesInstanceUID: string;
                                    seriesNumber: number | null;
                                    seriesDescription: string | null;
                                    instances: number;
                                }[];
                            } | null;
                            runs: {
                                submission: number;
                                /** Format: date-time */
                                ranAt: string;
                                protocolVersion: number;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                                failedRules: number;
                                seriesCount: number;
                                instanceCount: number;
                                submittedBy: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare my centre's exam complete: the conformance checks run on its stored series
         * @description The first submission fixes the protocol version the exam is checked against. The exam becomes awaiting-review when every rule passes, checks-failed otherwise; from either state the centre may re-send series and submit again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The data manager's remark, e.g. which series were re-sent; recorded on the audit trail */
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            studyInstanceUid: string;
                            subjectCode: string;
                            consentStatus: string;
                            /** @description Whether the subject's information/consent allows its imaging to be processed now */
                            processingAllowed: boolean;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            studyDate: string | null;
                            numberOfSeries: number;
                            numberOfInstances: number;
                            /**
                             * @description receiving: received, not yet submitted by the centre; checks-failed: a conformance rule failed, the centre may re-send series and submit again; awaiting-review: every rule passed, the exam waits for QC review; in-review: claimed by a QC reviewer; qc-passed, qc-passed-with-remarks, qc-failed: the review's verdict (after a fail the centre re-sends series and submits again)
                             * @enum {string}
                             */
                            state: "checks-failed" | "awaiting-review" | "in-review" | "qc-passed" | "qc-passed-with-remarks" | "qc-failed" | "receiving";
                            conformanceVerdict: ("pass" | "fail") | null;
                            failedRules: number | null;
                            submissions: number;
                            /** @description The protocol version the exam is checked against, fixed at its first submission */
                            protocolVersion: number | null;
                            firstSubmittedAt: string | null;
                            lastSubmittedAt: string | null;
                            conformance: {
                                submission: number;
                                /** Format: date-time */
                                ranAt: string;
                                protocolVersion: number;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                                failedRules: number;
                                seriesCount: number;
                                instanceCount: number;
                                submittedBy: string | null;
                                comment: string | null;
                                series: {
                                    name: string;
                                    label: string;
                                    required: boolean;
                                    seriesInstanceUid: string | null;
                                    seriesNumber: number | null;
                                    seriesDescription: string | null;
                                    /** @description Other exam series that met the recognition conditions; the one meeting the most rules is checked */
                                    otherCandidates: string[];
                                    results: {
                                        /** @description The rule's id; "present" for the series' own presence */
                                        rule: string;
                                        label: string;
                                        /** @description What the rule asked for */
                                        expected: {
                                            /** @description A DICOM attribute by its standard keyword, e.g. SliceThickness */
                                            attribute?: string;
                                            /**
                                             * @description A value measured over the series: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane
                                             * @enum {string}
                                             */
                                            measure?: "sliceThickness" | "sliceGap" | "coverage" | "slicePositions" | "missingSlices" | "cardiacPhases" | "temporalResolution" | "pixelSpacing" | "fieldStrength" | "instances" | "plane";
                                            /** @description Lowest acceptable value (numeric attribute or measure) */
                                            min?: number;
                                            /** @description Highest acceptable value (numeric attribute or measure) */
                                            max?: number;
                                            /** @description The value (multi-valued: all values joined by a backslash) must be one of these */
                                            oneOf?: string[];
                                            /** @description The attribute must hold each of these values */
                                            includes?: string[];
                                            /** @description The attribute must hold none of these values */
                                            excludes?: string[];
                                            /** @description A regular expression the value must match, case-insensitive */
                                            pattern?: string;
                                            /** @description For the presence rule: whether the series is required */
                                            required?: boolean;
                                        };
                                        /** @description Distinct values measured over the series (measures: sliceThickness, sliceGap, coverage, slicePositions, missingSlices, cardiacPhases, temporalResolution, pixelSpacing, fieldStrength, instances, plane) */
                                        measured: (number | string)[] | null;
                                        unit: string | null;
                                        /** @enum {string} */
                                        verdict: "pass" | "fail" | "not-applicable";
                                        reason: string;
                                    }[];
                                }[];
                                unmatchedSeries: {
                                    seriesInstanceUID: string;
                                    seriesNumber: number | null;
                                    seriesDescription: string | null;
                                    instances: number;
                                }[];
                            } | null;
                            runs: {
                                submission: number;
                                /** Format: date-time */
                                ranAt: string;
                                protocolVersion: number;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                                failedRules: number;
                                seriesCount: number;
                                instanceCount: number;
                                submittedBy: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/qc/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exams awaiting QC review or in review, oldest submission first
         * @description A QC reviewer sees other centres' exams only (no-review-of-own-centre), the core-lab manager all; exams of subjects whose information/consent does not allow processing never appear.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the exams I am reviewing */
                    mine?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            studyInstanceUid: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            studyDate: string | null;
                            numberOfSeries: number;
                            numberOfInstances: number;
                            /** @enum {string} */
                            state: "awaiting-review" | "in-review";
                            submissions: number;
                            protocolVersion: number;
                            /** Format: date-time */
                            firstSubmittedAt: string;
                            /** Format: date-time */
                            lastSubmittedAt: string;
                            /** @description Queries on the exam not closed yet */
                            pendingQueries: number;
                            review: {
                                /** Format: uuid */
                                id: string;
                                round: number;
                                /** Format: uuid */
                                reviewerId: string;
                                reviewerName: string | null;
                                /** Format: date-time */
                                claimedAt: string;
                            } | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exam's review in progress (with the series to grade), or else its latest review */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            /** @description 1 for the exam's first review, one more after each that ended */
                            round: number;
                            /** @description The exam's submission when the review was claimed */
                            submission: number;
                            /**
                             * @description in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed
                             * @enum {string}
                             */
                            status: "in-progress" | "completed" | "released" | "cancelled";
                            /** Format: uuid */
                            reviewerId: string;
                            reviewerName: string;
                            /** @description The checklist version the review is graded with (current when claimed) */
                            checklistVersion: number;
                            /** Format: date-time */
                            claimedAt: string;
                            endedAt: string | null;
                            verdict: ("pass" | "pass-with-remarks" | "fail") | null;
                            reason: string | null;
                            seriesToGrade: {
                                name: string;
                                label: string;
                                seriesInstanceUid: string;
                                seriesNumber: number | null;
                                seriesDescription: string | null;
                                /** @description The checklist's artefact codes that may be ticked on this series */
                                artefacts: string[];
                            }[] | null;
                            grades: {
                                seriesName: string;
                                /** @description The series graded; a grade of a series since re-sent must be given again */
                                seriesInstanceUid: string;
                                /** @enum {string} */
                                grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                                artefacts: string[];
                                comment: string | null;
                                gradedBy: string | null;
                                /** Format: date-time */
                                gradedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Claim an exam awaiting review: it becomes in-review, graded on the current checklist version
         * @description Refusals: review.already-claimed, review.not-awaiting-review, review.no-checklist (409); separation-of-duties.no-review-of-own-centre (403); exam.subject-not-processable (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            /** @description 1 for the exam's first review, one more after each that ended */
                            round: number;
                            /** @description The exam's submission when the review was claimed */
                            submission: number;
                            /**
                             * @description in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed
                             * @enum {string}
                             */
                            status: "in-progress" | "completed" | "released" | "cancelled";
                            /** Format: uuid */
                            reviewerId: string;
                            reviewerName: string;
                            /** @description The checklist version the review is graded with (current when claimed) */
                            checklistVersion: number;
                            /** Format: date-time */
                            claimedAt: string;
                            endedAt: string | null;
                            verdict: ("pass" | "pass-with-remarks" | "fail") | null;
                            reason: string | null;
                            seriesToGrade: {
                                name: string;
                                label: string;
                                seriesInstanceUid: string;
                                seriesNumber: number | null;
                                seriesDescription: string | null;
                                /** @description The checklist's artefact codes that may be ticked on this series */
                                artefacts: string[];
                            }[] | null;
                            grades: {
                                seriesName: string;
                                /** @description The series graded; a grade of a series since re-sent must be given again */
                                seriesInstanceUid: string;
                                /** @enum {string} */
                                grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                                artefacts: string[];
                                comment: string | null;
                                gradedBy: string | null;
                                /** Format: date-time */
                                gradedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every review of the exam, latest first; a data manager of the centre sees the completed ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            /** @description 1 for the exam's first review, one more after each that ended */
                            round: number;
                            /** @description The exam's submission when the review was claimed */
                            submission: number;
                            /**
                             * @description in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed
                             * @enum {string}
                             */
                            status: "in-progress" | "completed" | "released" | "cancelled";
                            /** Format: uuid */
                            reviewerId: string;
                            reviewerName: string;
                            /** @description The checklist version the review is graded with (current when claimed) */
                            checklistVersion: number;
                            /** Format: date-time */
                            claimedAt: string;
                            endedAt: string | null;
                            verdict: ("pass" | "pass-with-remarks" | "fail") | null;
                            reason: string | null;
                            seriesToGrade: {
                                name: string;
                                label: string;
                                seriesInstanceUid: string;
                                seriesNumber: number | null;
                                seriesDescription: string | null;
                                /** @description The checklist's artefact codes that may be ticked on this series */
                                artefacts: string[];
                            }[] | null;
                            grades: {
                                seriesName: string;
                                /** @description The series graded; a grade of a series since re-sent must be given again */
                                seriesInstanceUid: string;
                                /** @enum {string} */
                                grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                                artefacts: string[];
                                comment: string | null;
                                gradedBy: string | null;
                                /** Format: date-time */
                                gradedAt: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/review/grades/{seriesName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Grade one series of the exam in my review (replaces an earlier grade of it)
         * @description Refusals (400): review.unknown-series, review.unknown-artefact, review.artefact-not-applicable, review.comment-required, review.comment-too-long; (409) review.not-in-progress; (403) review.claimed-by-another.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    studyInstanceUid: string;
                    /** @description The protocol series' name, e.g. cine-sax */
                    seriesName: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                        /** @description Codes of the checklist's artefacts seen on the series */
                        artefacts: string[];
                        /** @description Needed for the grades the checklist names (commentRequiredFor) */
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            /** @description 1 for the exam's first review, one more after each that ended */
                            round: number;
                            /** @description The exam's submission when the review was claimed */
                            submission: number;
                            /**
                             * @description in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed
                             * @enum {string}
                             */
                            status: "in-progress" | "completed" | "released" | "cancelled";
                            /** Format: uuid */
                            reviewerId: string;
                            reviewerName: string;
                            /** @description The checklist version the review is graded with (current when claimed) */
                            checklistVersion: number;
                            /** Format: date-time */
                            claimedAt: string;
                            endedAt: string | null;
                            verdict: ("pass" | "pass-with-remarks" | "fail") | null;
                            reason: string | null;
                            seriesToGrade: {
                                name: string;
                                label: string;
                                seriesInstanceUid: string;
                                seriesNumber: number | null;
                                seriesDescription: string | null;
                                /** @description The checklist's artefact codes that may be ticked on this series */
                                artefacts: string[];
                            }[] | null;
                            grades: {
                                seriesName: string;
                                /** @description The series graded; a grade of a series since re-sent must be given again */
                                seriesInstanceUid: string;
                                /** @enum {string} */
                                grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                                artefacts: string[];
                                comment: string | null;
                                gradedBy: string | null;
                                /** Format: date-time */
                                gradedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/review/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the verdict of my review: pass, pass with remarks, or fail (which opens a query to the centre)
         * @description Every series to grade is graded first (409 review.series-not-graded); an exam with a non-diagnostic series cannot pass (409 review.verdict-contradicts-grades); pass-with-remarks and fail need a reason (400 review.reason-required). After a fail the centre re-sends series and submits again: the exam goes back to the checks and then to the queue for a new round.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description pass → exam qc-passed; pass-with-remarks → qc-passed-with-remarks; fail → qc-failed and a query to the centre
                         * @enum {string}
                         */
                        verdict: "pass" | "pass-with-remarks" | "fail";
                        /** @description Needed for pass-with-remarks and fail; the centre reads it (a failed review opens a query with it) */
                        reason?: string;
                        /** @description A calendar day, YYYY-MM-DD (UTC) */
                        queryDueDate?: string;
                    };
                };
            };
            responses: {
                /** @description queryId: the query a failed review opened */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            /** @description 1 for the exam's first review, one more after each that ended */
                            round: number;
                            /** @description The exam's submission when the review was claimed */
                            submission: number;
                            /**
                             * @description in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed
                             * @enum {string}
                             */
                            status: "in-progress" | "completed" | "released" | "cancelled";
                            /** Format: uuid */
                            reviewerId: string;
                            reviewerName: string;
                            /** @description The checklist version the review is graded with (current when claimed) */
                            checklistVersion: number;
                            /** Format: date-time */
                            claimedAt: string;
                            endedAt: string | null;
                            verdict: ("pass" | "pass-with-remarks" | "fail") | null;
                            reason: string | null;
                            seriesToGrade: {
                                name: string;
                                label: string;
                                seriesInstanceUid: string;
                                seriesNumber: number | null;
                                seriesDescription: string | null;
                                /** @description The checklist's artefact codes that may be ticked on this series */
                                artefacts: string[];
                            }[] | null;
                            grades: {
                                seriesName: string;
                                /** @description The series graded; a grade of a series since re-sent must be given again */
                                seriesInstanceUid: string;
                                /** @enum {string} */
                                grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                                artefacts: string[];
                                comment: string | null;
                                gradedBy: string | null;
                                /** Format: date-time */
                                gradedAt: string;
                            }[];
                            queryId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/review/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the exam back to the queue (its reviewer, or the core-lab manager); the grades stay in the released review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            /** @description 1 for the exam's first review, one more after each that ended */
                            round: number;
                            /** @description The exam's submission when the review was claimed */
                            submission: number;
                            /**
                             * @description in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed
                             * @enum {string}
                             */
                            status: "in-progress" | "completed" | "released" | "cancelled";
                            /** Format: uuid */
                            reviewerId: string;
                            reviewerName: string;
                            /** @description The checklist version the review is graded with (current when claimed) */
                            checklistVersion: number;
                            /** Format: date-time */
                            claimedAt: string;
                            endedAt: string | null;
                            verdict: ("pass" | "pass-with-remarks" | "fail") | null;
                            reason: string | null;
                            seriesToGrade: {
                                name: string;
                                label: string;
                                seriesInstanceUid: string;
                                seriesNumber: number | null;
                                seriesDescription: string | null;
                                /** @description The checklist's artefact codes that may be ticked on this series */
                                artefacts: string[];
                            }[] | null;
                            grades: {
                                seriesName: string;
                                /** @description The series graded; a grade of a series since re-sent must be given again */
                                seriesInstanceUid: string;
                                /** @enum {string} */
                                grade: "good" | "acceptable" | "poor" | "non-diagnostic";
                                artefacts: string[];
                                comment: string | null;
                                gradedBy: string | null;
                                /** Format: date-time */
                                gradedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queries in my scope (my centre's for a data manager, other centres' for a QC reviewer, all for the core-lab manager and auditors), by due date
         * @description Queries about subjects whose information/consent does not allow processing are left out.
         */
        get: {
            parameters: {
                query?: {
                    /** @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again) */
                    state?: "open" | "answered" | "closed";
                    overdue?: boolean;
                    centreId?: string;
                    studyInstanceUid?: string;
                    /** @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review */
                    origin?: "conformance" | "reviewer" | "review-verdict";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            examState: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            seriesInstanceUid: string | null;
                            /**
                             * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                             * @enum {string}
                             */
                            origin: "conformance" | "reviewer" | "review-verdict";
                            /**
                             * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                             * @enum {string}
                             */
                            state: "open" | "answered" | "closed";
                            /** @description The first message */
                            question: string;
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            dueDate: string;
                            /** @description Open (unanswered) after its due day */
                            overdue: boolean;
                            openedBy: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            firstAnsweredAt: string | null;
                            answeredAt: string | null;
                            closedAt: string | null;
                            reopened: number;
                            messages: number;
                            lastMessageAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/queries/{queryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A query with its thread of messages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    queryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            examState: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            seriesInstanceUid: string | null;
                            /**
                             * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                             * @enum {string}
                             */
                            origin: "conformance" | "reviewer" | "review-verdict";
                            /**
                             * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                             * @enum {string}
                             */
                            state: "open" | "answered" | "closed";
                            /** @description The first message */
                            question: string;
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            dueDate: string;
                            /** @description Open (unanswered) after its due day */
                            overdue: boolean;
                            openedBy: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            firstAnsweredAt: string | null;
                            answeredAt: string | null;
                            closedAt: string | null;
                            reopened: number;
                            messages: number;
                            lastMessageAt: string | null;
                            processingAllowed: boolean;
                            thread: {
                                seq: number;
                                /** @enum {string} */
                                kind: "question" | "reply" | "resubmission" | "close" | "reopen";
                                authorUserId: string | null;
                                authorName: string | null;
                                /** @description The role the author acted in; system for the automatic checks */
                                authorRole: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/exams/{studyInstanceUid}/queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a query to the centre about the exam or one of its series
         * @description The due date defaults to 14 days ahead; 400 query.due-date-past, query.due-date-too-far (over 365 days), query.invalid-due-date, query.unknown-series.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    /** @description StudyInstanceUID of the exam (as stored, de-identified) */
                    studyInstanceUid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The question to the centre */
                        text: string;
                        /** @description A calendar day, YYYY-MM-DD (UTC) */
                        dueDate?: string;
                        /** @description The series the question is about, if one */
                        seriesInstanceUid?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            examState: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            seriesInstanceUid: string | null;
                            /**
                             * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                             * @enum {string}
                             */
                            origin: "conformance" | "reviewer" | "review-verdict";
                            /**
                             * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                             * @enum {string}
                             */
                            state: "open" | "answered" | "closed";
                            /** @description The first message */
                            question: string;
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            dueDate: string;
                            /** @description Open (unanswered) after its due day */
                            overdue: boolean;
                            openedBy: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            firstAnsweredAt: string | null;
                            answeredAt: string | null;
                            closedAt: string | null;
                            reopened: number;
                            messages: number;
                            lastMessageAt: string | null;
                            processingAllowed: boolean;
                            thread: {
                                seq: number;
                                /** @enum {string} */
                                kind: "question" | "reply" | "resubmission" | "close" | "reopen";
                                authorUserId: string | null;
                                authorName: string | null;
                                /** @description The role the author acted in; system for the automatic checks */
                                authorRole: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/queries/{queryId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer my centre's query (it becomes answered); re-sending series and submitting the exam again answers it too
         * @description Bad transitions answer 409: query.closed (reply to a closed query), query.not-answered (close before an answer), query.already-closed, query.already-open.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    queryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The centre's answer */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            examState: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            seriesInstanceUid: string | null;
                            /**
                             * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                             * @enum {string}
                             */
                            origin: "conformance" | "reviewer" | "review-verdict";
                            /**
                             * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                             * @enum {string}
                             */
                            state: "open" | "answered" | "closed";
                            /** @description The first message */
                            question: string;
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            dueDate: string;
                            /** @description Open (unanswered) after its due day */
                            overdue: boolean;
                            openedBy: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            firstAnsweredAt: string | null;
                            answeredAt: string | null;
                            closedAt: string | null;
                            reopened: number;
                            messages: number;
                            lastMessageAt: string | null;
                            processingAllowed: boolean;
                            thread: {
                                seq: number;
                                /** @enum {string} */
                                kind: "question" | "reply" | "resubmission" | "close" | "reopen";
                                authorUserId: string | null;
                                authorName: string | null;
                                /** @description The role the author acted in; system for the automatic checks */
                                authorRole: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/queries/{queryId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an answered query
         * @description Bad transitions answer 409: query.closed (reply to a closed query), query.not-answered (close before an answer), query.already-closed, query.already-open.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    queryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why it is settled */
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            examState: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            seriesInstanceUid: string | null;
                            /**
                             * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                             * @enum {string}
                             */
                            origin: "conformance" | "reviewer" | "review-verdict";
                            /**
                             * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                             * @enum {string}
                             */
                            state: "open" | "answered" | "closed";
                            /** @description The first message */
                            question: string;
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            dueDate: string;
                            /** @description Open (unanswered) after its due day */
                            overdue: boolean;
                            openedBy: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            firstAnsweredAt: string | null;
                            answeredAt: string | null;
                            closedAt: string | null;
                            reopened: number;
                            messages: number;
                            lastMessageAt: string | null;
                            processingAllowed: boolean;
                            thread: {
                                seq: number;
                                /** @enum {string} */
                                kind: "question" | "reply" | "resubmission" | "close" | "reopen";
                                authorUserId: string | null;
                                authorName: string | null;
                                /** @description The role the author acted in; system for the automatic checks */
                                authorRole: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/queries/{queryId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen an answered or closed query, saying what is still needed (optionally a new due date)
         * @description Bad transitions answer 409: query.closed (reply to a closed query), query.not-answered (close before an answer), query.already-closed, query.already-open.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    queryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What is still needed */
                        text: string;
                        /** @description A calendar day, YYYY-MM-DD (UTC) */
                        dueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            studyInstanceUid: string;
                            examState: string;
                            subjectCode: string;
                            /** Format: uuid */
                            centreId: string;
                            centreName: string;
                            seriesInstanceUid: string | null;
                            /**
                             * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                             * @enum {string}
                             */
                            origin: "conformance" | "reviewer" | "review-verdict";
                            /**
                             * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                             * @enum {string}
                             */
                            state: "open" | "answered" | "closed";
                            /** @description The first message */
                            question: string;
                            /** @description A calendar day, YYYY-MM-DD (UTC) */
                            dueDate: string;
                            /** @description Open (unanswered) after its due day */
                            overdue: boolean;
                            openedBy: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            firstAnsweredAt: string | null;
                            answeredAt: string | null;
                            closedAt: string | null;
                            reopened: number;
                            messages: number;
                            lastMessageAt: string | null;
                            processingAllowed: boolean;
                            thread: {
                                seq: number;
                                /** @enum {string} */
                                kind: "question" | "reply" | "resubmission" | "close" | "reopen";
                                authorUserId: string | null;
                                authorName: string | null;
                                /** @description The role the author acted in; system for the automatic checks */
                                authorRole: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/qc/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QC figures per centre and for the project: exams by state, pass rate, grades, failed rules, artefacts, query turnaround, overdue queries
         * @description The core-lab manager, QC reviewers, the sponsor/PI, committee members and auditors see every centre; a centre data manager sees their own centre only. Subjects whose information/consent no longer allows processing are left out of every figure.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            generatedAt: string;
                            /** @description The data manager's centre when the figures are restricted to it */
                            centreId: string | null;
                            centres: {
                                /** @description null for the project total */
                                centreId: string | null;
                                centreName: string;
                                examsByState: {
                                    receiving: number;
                                    "checks-failed": number;
                                    "awaiting-review": number;
                                    "in-review": number;
                                    "qc-passed": number;
                                    "qc-passed-with-remarks": number;
                                    "qc-failed": number;
                                };
                                /** @description Exams with a QC verdict */
                                reviewed: number;
                                /** @description Share of reviewed exams that passed (with or without remarks); null before any verdict */
                                passRate: number | null;
                                reviewVerdicts: {
                                    pass: number;
                                    "pass-with-remarks": number;
                                    fail: number;
                                };
                                grades: {
                                    good: number;
                                    acceptable: number;
                                    poor: number;
                                    "non-diagnostic": number;
                                };
                                failedRules: {
                                    /** @description series/rule */
                                    rule: string;
                                    label: string;
                                    /** @description Exams where the rule failed at least once */
                                    exams: number;
                                }[];
                                artefacts: {
                                    code: string;
                                    /** @description Series it was ticked on */
                                    series: number;
                                }[];
                                queries: {
                                    opened: number;
                                    open: number;
                                    answered: number;
                                    closed: number;
                                    /** @description Open (unanswered) after their due day */
                                    overdue: number;
                                    toAnswer: {
                                        /** @description Queries measured */
                                        n: number;
                                        medianDays: number | null;
                                        p90Days: number | null;
                                    };
                                    toClose: {
                                        /** @description Queries measured */
                                        n: number;
                                        medianDays: number | null;
                                        p90Days: number | null;
                                    };
                                };
                            }[];
                            total: {
                                /** @description null for the project total */
                                centreId: string | null;
                                centreName: string;
                                examsByState: {
                                    receiving: number;
                                    "checks-failed": number;
                                    "awaiting-review": number;
                                    "in-review": number;
                                    "qc-passed": number;
                                    "qc-passed-with-remarks": number;
                                    "qc-failed": number;
                                };
                                /** @description Exams with a QC verdict */
                                reviewed: number;
                                /** @description Share of reviewed exams that passed (with or without remarks); null before any verdict */
                                passRate: number | null;
                                reviewVerdicts: {
                                    pass: number;
                                    "pass-with-remarks": number;
                                    fail: number;
                                };
                                grades: {
                                    good: number;
                                    acceptable: number;
                                    poor: number;
                                    "non-diagnostic": number;
                                };
                                failedRules: {
                                    /** @description series/rule */
                                    rule: string;
                                    label: string;
                                    /** @description Exams where the rule failed at least once */
                                    exams: number;
                                }[];
                                artefacts: {
                                    code: string;
                                    /** @description Series it was ticked on */
                                    series: number;
                                }[];
                                queries: {
                                    opened: number;
                                    open: number;
                                    answered: number;
                                    closed: number;
                                    /** @description Open (unanswered) after their due day */
                                    overdue: number;
                                    toAnswer: {
                                        /** @description Queries measured */
                                        n: number;
                                        medianDays: number | null;
                                        p90Days: number | null;
                                    };
                                    toClose: {
                                        /** @description Queries measured */
                                        n: number;
                                        medianDays: number | null;
                                        p90Days: number | null;
                                    };
                                };
                            } | null;
                            /** @description Exams left out because their subject's information/consent no longer allows processing */
                            examsLeftOut: number;
                            overdueQueries: {
                                /** Format: uuid */
                                id: string;
                                studyInstanceUid: string;
                                examState: string;
                                subjectCode: string;
                                /** Format: uuid */
                                centreId: string;
                                centreName: string;
                                seriesInstanceUid: string | null;
                                /**
                                 * @description conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review
                                 * @enum {string}
                                 */
                                origin: "conformance" | "reviewer" | "review-verdict";
                                /**
                                 * @description open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)
                                 * @enum {string}
                                 */
                                state: "open" | "answered" | "closed";
                                /** @description The first message */
                                question: string;
                                /** @description A calendar day, YYYY-MM-DD (UTC) */
                                dueDate: string;
                                /** @description Open (unanswered) after its due day */
                                overdue: boolean;
                                openedBy: string | null;
                                /** Format: date-time */
                                openedAt: string;
                                firstAnsweredAt: string | null;
                                answeredAt: string | null;
                                closedAt: string | null;
                                reopened: number;
                                messages: number;
                                lastMessageAt: string | null;
                            }[] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/qc/dashboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QC dashboard as a CSV table (RFC 4180, UTF-8); the export is on the audit trail
         * @description The core-lab manager, QC reviewers, the sponsor/PI, committee members and auditors see every centre; a centre data manager sees their own centre only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description centres (default): one row per centre and the total; failed-rules; artefacts */
                    table?: "centres" | "failed-rules" | "artefacts";
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/qc/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QC report of the project as a printable PDF
         * @description Project, protocol and checklist versions, per-centre tables and bar charts (pass rate, grade distribution, query turnaround), failed rules, query statistics, the generation time, and the audit chain head at generation: the report is itself an audit event that records the SHA-256 digest of its figures (header x-corelab-audit-seq), beside the latest signed checkpoint.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions of the project's reading form, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a new version of the project's reading form
         * @description A refused form answers 400 with a code such as reading-form.duplicate-key, reading-form.range-inverted, reading-form.when-not-an-option, reading-form.computed-not-number, reading-form.computed-cycle, and `field`, a JSON pointer to the offending field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            name: string;
                            fields: ({
                                /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                key: string;
                                /** @enum {string} */
                                kind: "number";
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                unit: string;
                                min: number;
                                max: number;
                                decimals: number;
                                required: boolean;
                                /** @description Pre-filled from the contours' volumetry. */
                                volumetry?: "lvEdvMl" | "lvEsvMl" | "lvSvMl" | "lvEfPercent" | "lvMassG" | "rvEdvMl" | "rvEsvMl" | "rvSvMl" | "rvEfPercent";
                                /** @description Computed on the server, never entered: difference = of[0] − of[1]; ejection-fraction = 100·(of[0] − of[1]) / of[0]; indexed = of[0] / body surface area (Mosteller). */
                                computed?: {
                                    op: "difference" | "ejection-fraction" | "indexed";
                                    of: string[];
                                };
                            } | {
                                /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                key: string;
                                /** @enum {string} */
                                kind: "category";
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                options: {
                                    value: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                }[];
                                ordered: boolean;
                                required: boolean;
                                /** @description The field is asked (and may be answered) only when this category field has this value. */
                                when?: {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    field: string;
                                    equals: string;
                                };
                            } | {
                                /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                key: string;
                                /** @enum {string} */
                                kind: "segments";
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                required: boolean;
                                /** @description The field is asked (and may be answered) only when this category field has this value. */
                                when?: {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    field: string;
                                    equals: string;
                                };
                            } | {
                                /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                key: string;
                                /** @enum {string} */
                                kind: "text";
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                maxLength: number;
                                required: boolean;
                            })[];
                        };
                        /** @description Why this version; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                            definition: {
                                name: string;
                                fields: ({
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "number";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    unit: string;
                                    min: number;
                                    max: number;
                                    decimals: number;
                                    required: boolean;
                                    /** @description Pre-filled from the contours' volumetry. */
                                    volumetry?: "lvEdvMl" | "lvEsvMl" | "lvSvMl" | "lvEfPercent" | "lvMassG" | "rvEdvMl" | "rvEsvMl" | "rvSvMl" | "rvEfPercent";
                                    /** @description Computed on the server, never entered: difference = of[0] − of[1]; ejection-fraction = 100·(of[0] − of[1]) / of[0]; indexed = of[0] / body surface area (Mosteller). */
                                    computed?: {
                                        op: "difference" | "ejection-fraction" | "indexed";
                                        of: string[];
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "category";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    options: {
                                        value: string;
                                        label: {
                                            en: string;
                                            fr: string;
                                        };
                                    }[];
                                    ordered: boolean;
                                    required: boolean;
                                    /** @description The field is asked (and may be answered) only when this category field has this value. */
                                    when?: {
                                        /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                        field: string;
                                        equals: string;
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "segments";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    required: boolean;
                                    /** @description The field is asked (and may be answered) only when this category field has this value. */
                                    when?: {
                                        /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                        field: string;
                                        equals: string;
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "text";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    maxLength: number;
                                    required: boolean;
                                })[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-forms/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current version of the project's reading form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                            definition: {
                                name: string;
                                fields: ({
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "number";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    unit: string;
                                    min: number;
                                    max: number;
                                    decimals: number;
                                    required: boolean;
                                    /** @description Pre-filled from the contours' volumetry. */
                                    volumetry?: "lvEdvMl" | "lvEsvMl" | "lvSvMl" | "lvEfPercent" | "lvMassG" | "rvEdvMl" | "rvEsvMl" | "rvSvMl" | "rvEfPercent";
                                    /** @description Computed on the server, never entered: difference = of[0] − of[1]; ejection-fraction = 100·(of[0] − of[1]) / of[0]; indexed = of[0] / body surface area (Mosteller). */
                                    computed?: {
                                        op: "difference" | "ejection-fraction" | "indexed";
                                        of: string[];
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "category";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    options: {
                                        value: string;
                                        label: {
                                            en: string;
                                            fr: string;
                                        };
                                    }[];
                                    ordered: boolean;
                                    required: boolean;
                                    /** @description The field is asked (and may be answered) only when this category field has this value. */
                                    when?: {
                                        /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                        field: string;
                                        equals: string;
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "segments";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    required: boolean;
                                    /** @description The field is asked (and may be answered) only when this category field has this value. */
                                    when?: {
                                        /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                        field: string;
                                        equals: string;
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "text";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    maxLength: number;
                                    required: boolean;
                                })[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-forms/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the project's reading form; every version stays readable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                            definition: {
                                name: string;
                                fields: ({
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "number";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    unit: string;
                                    min: number;
                                    max: number;
                                    decimals: number;
                                    required: boolean;
                                    /** @description Pre-filled from the contours' volumetry. */
                                    volumetry?: "lvEdvMl" | "lvEsvMl" | "lvSvMl" | "lvEfPercent" | "lvMassG" | "rvEdvMl" | "rvEsvMl" | "rvSvMl" | "rvEfPercent";
                                    /** @description Computed on the server, never entered: difference = of[0] − of[1]; ejection-fraction = 100·(of[0] − of[1]) / of[0]; indexed = of[0] / body surface area (Mosteller). */
                                    computed?: {
                                        op: "difference" | "ejection-fraction" | "indexed";
                                        of: string[];
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "category";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    options: {
                                        value: string;
                                        label: {
                                            en: string;
                                            fr: string;
                                        };
                                    }[];
                                    ordered: boolean;
                                    required: boolean;
                                    /** @description The field is asked (and may be answered) only when this category field has this value. */
                                    when?: {
                                        /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                        field: string;
                                        equals: string;
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "segments";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    required: boolean;
                                    /** @description The field is asked (and may be answered) only when this category field has this value. */
                                    when?: {
                                        /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                        field: string;
                                        equals: string;
                                    };
                                } | {
                                    /** @description Stable key of the field in read values: a letter, then letters and digits, at most 40. */
                                    key: string;
                                    /** @enum {string} */
                                    kind: "text";
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    maxLength: number;
                                    required: boolean;
                                })[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-designs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions of the project's reading design, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a new version of the project's reading design
         * @description Rules name fields of the project's current reading form. A refused design answers 400 with a code such as reading-design.rule-unknown-field, reading-design.rule-field-kind, reading-design.duplicate-rule, and `field`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            mode: "single" | "double";
                            adjudicationRules: ({
                                /** @enum {string} */
                                kind: "absolute-difference";
                                field: string;
                                threshold: number;
                            } | {
                                /** @enum {string} */
                                kind: "relative-difference";
                                field: string;
                                thresholdPercent: number;
                            } | {
                                /** @enum {string} */
                                kind: "categorical-disagreement";
                                fields: string[] | "*";
                            })[];
                            blinding: {
                                centre: boolean;
                                dates: boolean;
                                timepoint: boolean;
                                otherReader: boolean;
                            };
                            worklistOrder: "randomised" | "received";
                            /** @description Share of exams each reader reads again, after the wash-out, for intra-reader agreement. */
                            reread: {
                                percent: number;
                                washoutDays: number;
                            };
                        };
                        /** @description Why this version; recorded on the audit trail. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                            definition: {
                                mode: "single" | "double";
                                adjudicationRules: ({
                                    /** @enum {string} */
                                    kind: "absolute-difference";
                                    field: string;
                                    threshold: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "relative-difference";
                                    field: string;
                                    thresholdPercent: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "categorical-disagreement";
                                    fields: string[] | "*";
                                })[];
                                blinding: {
                                    centre: boolean;
                                    dates: boolean;
                                    timepoint: boolean;
                                    otherReader: boolean;
                                };
                                worklistOrder: "randomised" | "received";
                                /** @description Share of exams each reader reads again, after the wash-out, for intra-reader agreement. */
                                reread: {
                                    percent: number;
                                    washoutDays: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-designs/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current version of the project's reading design */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                            definition: {
                                mode: "single" | "double";
                                adjudicationRules: ({
                                    /** @enum {string} */
                                    kind: "absolute-difference";
                                    field: string;
                                    threshold: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "relative-difference";
                                    field: string;
                                    thresholdPercent: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "categorical-disagreement";
                                    fields: string[] | "*";
                                })[];
                                blinding: {
                                    centre: boolean;
                                    dates: boolean;
                                    timepoint: boolean;
                                    otherReader: boolean;
                                };
                                worklistOrder: "randomised" | "received";
                                /** @description Share of exams each reader reads again, after the wash-out, for intra-reader agreement. */
                                reread: {
                                    percent: number;
                                    washoutDays: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-designs/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the project's reading design; every version stays readable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description SHA-256 (hex) of the canonical JSON of the definition */
                            digest: string;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Whether this is the version new reading tasks are planned with */
                            current: boolean;
                            definition: {
                                mode: "single" | "double";
                                adjudicationRules: ({
                                    /** @enum {string} */
                                    kind: "absolute-difference";
                                    field: string;
                                    threshold: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "relative-difference";
                                    field: string;
                                    thresholdPercent: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "categorical-disagreement";
                                    fields: string[] | "*";
                                })[];
                                blinding: {
                                    centre: boolean;
                                    dates: boolean;
                                    timepoint: boolean;
                                    otherReader: boolean;
                                };
                                worklistOrder: "randomised" | "received";
                                /** @description Share of exams each reader reads again, after the wash-out, for intra-reader agreement. */
                                reread: {
                                    percent: number;
                                    washoutDays: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan reading tasks for every QC-passed exam not yet planned, with the current form and design */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planned: number;
                            tasks: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reader's worklist: tasks in progress and counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inProgress: {
                                /** Format: uuid */
                                id: string;
                                kind: "primary" | "reread";
                                state: string;
                                slot: number;
                                /** @description Case <number>: the only name the reader sees */
                                blindedLabel: string;
                                claimedAt: string | null;
                            }[];
                            available: number;
                            waitingWashout: number;
                            submitted: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/worklist/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim the next task in the worklist order (409 reading.worklist-empty; 403 reading.reader-not-qualified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: "primary" | "reread";
                            state: string;
                            slot: number;
                            /** @description Case <number>: the only name the reader sees */
                            blindedLabel: string;
                            claimedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The blinded task view: case label, series, form, body surface area, draft; never the centre, dates or the other read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-tasks/{taskId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the draft read; volumetry and computed fields derived from it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            [key: string]: number | string | number[];
                        };
                        annotations: {
                            contours: {
                                id: string;
                                structure: "lv-endocardium" | "lv-epicardium" | "rv-endocardium";
                                phase: "ED" | "ES";
                                seriesInstanceUID: string;
                                sopInstanceUID: string;
                                frameNumber: number;
                                /** @description Closed polygon, (column, row) in image pixels, (0,0) the centre of the top-left pixel */
                                points: number[][];
                                tool: "freehand" | "spline" | "suggested";
                            }[];
                            measurements: {
                                id: string;
                                kind: "length" | "probe" | "roi";
                                seriesInstanceUID: string;
                                sopInstanceUID: string;
                                frameNumber: number;
                                points: number[][];
                                value: number;
                                unit: string;
                                label?: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            savedAt: string;
                            volumetry: {
                                [key: string]: unknown;
                            } | null;
                            computed: {
                                [key: string]: number | string | number[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-tasks/{taskId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the read (422 reading.invalid-values with errors by field); immutable afterwards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            [key: string]: number | string | number[];
                        };
                        annotations: {
                            contours: {
                                id: string;
                                structure: "lv-endocardium" | "lv-epicardium" | "rv-endocardium";
                                phase: "ED" | "ES";
                                seriesInstanceUID: string;
                                sopInstanceUID: string;
                                frameNumber: number;
                                /** @description Closed polygon, (column, row) in image pixels, (0,0) the centre of the top-left pixel */
                                points: number[][];
                                tool: "freehand" | "spline" | "suggested";
                            }[];
                            measurements: {
                                id: string;
                                kind: "length" | "probe" | "roi";
                                seriesInstanceUID: string;
                                sopInstanceUID: string;
                                frameNumber: number;
                                points: number[][];
                                value: number;
                                unit: string;
                                label?: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            read: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                submittedAt: string;
                                digest: string;
                                values: {
                                    [key: string]: number | string | number[];
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading-tasks/{taskId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a claimed task back: its draft is deleted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: "primary" | "reread";
                            state: string;
                            slot: number;
                            /** @description Case <number>: the only name the reader sees */
                            blindedLabel: string;
                            claimedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/readers/{userId}/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reader's training and qualification records in the project, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            /** @enum {string} */
                            kind: "training" | "qualification";
                            formVersion: number;
                            /** Format: uuid */
                            formVersionId: string;
                            /** Format: date */
                            completedOn: string;
                            /** @enum {string} */
                            outcome: "completed" | "qualified" | "not-qualified";
                            evidence: string;
                            recordedBy: string | null;
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a training or a qualification of a reader or adjudicator (append-only)
         * @description Refusals: reading.training-outcome-mismatch, reading.training-invalid-date, reading.training-date-in-future, reading.training-not-a-reader, reading-form.version-not-found.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description training: a course followed (outcome completed); qualification: the assessment that lets a reader read (qualified or not-qualified)
                         * @enum {string}
                         */
                        kind: "training" | "qualification";
                        /** @description The reading form version trained or qualified on */
                        formVersion: number;
                        /** @description Date of the training or assessment (YYYY-MM-DD), not in the future */
                        completedOn: string;
                        /** @enum {string} */
                        outcome: "completed" | "qualified" | "not-qualified";
                        /** @description What proves it: test set and score, certificate reference, trainer */
                        evidence: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            /** @enum {string} */
                            kind: "training" | "qualification";
                            formVersion: number;
                            /** Format: uuid */
                            formVersionId: string;
                            /** Format: date */
                            completedOn: string;
                            /** @enum {string} */
                            outcome: "completed" | "qualified" | "not-qualified";
                            evidence: string;
                            recordedBy: string | null;
                            /** Format: date-time */
                            recordedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/my-training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own training and qualification records in the project, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            /** @enum {string} */
                            kind: "training" | "qualification";
                            formVersion: number;
                            /** Format: uuid */
                            formVersionId: string;
                            /** Format: date */
                            completedOn: string;
                            /** @enum {string} */
                            outcome: "completed" | "qualified" | "not-qualified";
                            evidence: string;
                            recordedBy: string | null;
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/adjudications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My adjudication queue: the open adjudications I may take (not my centre, no exam I read) and those I hold, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "open" | "in-progress" | "resolved";
                            /** @description e.g. "Adjudication 0007"; the exam is not named */
                            blindedLabel: string;
                            discordantFields: string[];
                            /** Format: date-time */
                            createdAt: string;
                            claimedAt: string | null;
                            /** @description Claimed by the caller */
                            mine: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/adjudications/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim the oldest open adjudication I may take
         * @description 409 adjudication.queue-empty when none is waiting. Refusals: adjudication.already-claimed, adjudication.already-resolved, exam.subject-not-processable (409); reading.adjudicator-read-exam, separation-of-duties.no-review-of-own-centre (403).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "open" | "in-progress" | "resolved";
                            /** @description e.g. "Adjudication 0007"; the exam is not named */
                            blindedLabel: string;
                            discordantFields: string[];
                            /** Format: date-time */
                            createdAt: string;
                            claimedAt: string | null;
                            /** @description Claimed by the caller */
                            mine: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/adjudications/{adjudicationId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim an open adjudication
         * @description Refusals: adjudication.already-claimed, adjudication.already-resolved, exam.subject-not-processable (409); reading.adjudicator-read-exam, separation-of-duties.no-review-of-own-centre (403).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    adjudicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "open" | "in-progress" | "resolved";
                            /** @description e.g. "Adjudication 0007"; the exam is not named */
                            blindedLabel: string;
                            discordantFields: string[];
                            /** Format: date-time */
                            createdAt: string;
                            claimedAt: string | null;
                            /** @description Claimed by the caller */
                            mine: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/adjudications/{adjudicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The two reads side by side as Read A and Read B (values, annotations, volumetry), the discordances, the study series; blinded: no reader, centre or date
         * @description Only for the adjudicator who claimed it (403 adjudication.not-yours).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    adjudicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "open" | "in-progress" | "resolved";
                            /** @description e.g. "Adjudication 0007"; the exam is not named */
                            blindedLabel: string;
                            discordantFields: string[];
                            /** Format: date-time */
                            createdAt: string;
                            claimedAt: string | null;
                            /** @description Claimed by the caller */
                            mine: boolean;
                            studyInstanceUID: string;
                            series: {
                                seriesInstanceUID: string;
                                description: string;
                                modality: string | null;
                                seriesNumber: number | null;
                                instances: number;
                            }[];
                            form: {
                                version: number;
                                /** @description ReadingFormDefinition */
                                definition: unknown;
                            };
                            readA: {
                                /** @description Field key → value; an absent key was not answered */
                                values: {
                                    [key: string]: number | string | number[];
                                };
                                /** @description ReadAnnotations: contours and measurements */
                                annotations: unknown;
                                /** @description The volumetry computed from the contours, or null */
                                volumetry: unknown;
                            };
                            readB: {
                                /** @description Field key → value; an absent key was not answered */
                                values: {
                                    [key: string]: number | string | number[];
                                };
                                /** @description ReadAnnotations: contours and measurements */
                                annotations: unknown;
                                /** @description The volumetry computed from the contours, or null */
                                volumetry: unknown;
                            };
                            discordances: {
                                field: string;
                                /**
                                 * @description answered-in-one-read: a number only one reader gave
                                 * @enum {string}
                                 */
                                rule: "absolute-difference" | "relative-difference" | "categorical-disagreement" | "answered-in-one-read";
                                a: (number | string | number[]) | null;
                                b: (number | string | number[]) | null;
                                difference: number | null;
                                threshold: number | null;
                            }[];
                            decisions: {
                                field: string;
                                /** @enum {string} */
                                choice: "read-a" | "read-b" | "value";
                                /** @description number: a number field; string: a category or text; integers: AHA segments */
                                value?: number | string | number[];
                                reason: string;
                            }[];
                            resolvedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/adjudications/{adjudicationId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide every discordant field (a read's value or a value given, each with a reason); the exam's final values are defined at once
         * @description 400 adjudication.invalid-decisions lists each refused decision in `errors: [{field, code, message}]` (undecided, unknown-field, not-discordant, duplicate-decision, reason-required, value-required, value-not-expected, computed-field-value, out-of-range, too-many-decimals, not-a-number, not-an-option, invalid-segments, too-long, not-applicable, required); adjudication.conflicting-decisions (400); adjudication.not-claimed, adjudication.already-resolved (409); adjudication.not-yours (403).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    adjudicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisions: {
                            field: string;
                            /**
                             * @description read-a / read-b: that read's value (for a computed field: that read's inputs); value: the value given
                             * @enum {string}
                             */
                            choice: "read-a" | "read-b" | "value";
                            /** @description number: a number field; string: a category or text; integers: AHA segments */
                            value?: number | string | number[];
                            /** @description Why; required, recorded with the decision and on the audit trail */
                            reason: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "open" | "in-progress" | "resolved";
                            /** @description e.g. "Adjudication 0007"; the exam is not named */
                            blindedLabel: string;
                            discordantFields: string[];
                            /** Format: date-time */
                            createdAt: string;
                            claimedAt: string | null;
                            /** @description Claimed by the caller */
                            mine: boolean;
                            studyInstanceUID: string;
                            series: {
                                seriesInstanceUID: string;
                                description: string;
                                modality: string | null;
                                seriesNumber: number | null;
                                instances: number;
                            }[];
                            form: {
                                version: number;
                                /** @description ReadingFormDefinition */
                                definition: unknown;
                            };
                            readA: {
                                /** @description Field key → value; an absent key was not answered */
                                values: {
                                    [key: string]: number | string | number[];
                                };
                                /** @description ReadAnnotations: contours and measurements */
                                annotations: unknown;
                                /** @description The volumetry computed from the contours, or null */
                                volumetry: unknown;
                            };
                            readB: {
                                /** @description Field key → value; an absent key was not answered */
                                values: {
                                    [key: string]: number | string | number[];
                                };
                                /** @description ReadAnnotations: contours and measurements */
                                annotations: unknown;
                                /** @description The volumetry computed from the contours, or null */
                                volumetry: unknown;
                            };
                            discordances: {
                                field: string;
                                /**
                                 * @description answered-in-one-read: a number only one reader gave
                                 * @enum {string}
                                 */
                                rule: "absolute-difference" | "relative-difference" | "categorical-disagreement" | "answered-in-one-read";
                                a: (number | string | number[]) | null;
                                b: (number | string | number[]) | null;
                                difference: number | null;
                                threshold: number | null;
                            }[];
                            decisions: {
                                field: string;
                                /** @enum {string} */
                                choice: "read-a" | "read-b" | "value";
                                /** @description number: a number field; string: a category or text; integers: AHA segments */
                                value?: number | string | number[];
                                reason: string;
                            }[];
                            resolvedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/final-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every exam's final values with the provenance of each field, oldest first
         * @description Provenance per field: single-read (single-read design), mean-of-reads (two reads' numbers averaged, rounded to the field's decimals), agreed (the same category or segments), adjudication (the adjudicator's decision, with its reason); computed fields are recomputed from the final inputs. Free text is carried only from a single read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            examId: string;
                            studyInstanceUID: string;
                            subjectCode: string;
                            formVersion: number;
                            /** @description Field key → value; an absent key was not answered */
                            values: {
                                [key: string]: number | string | number[];
                            };
                            provenance: {
                                [key: string]: {
                                    /** @enum {string} */
                                    source: "single-read" | "mean-of-reads" | "agreed" | "adjudication";
                                    /** @description The submitted reads the value comes from */
                                    reads: string[];
                                    reason?: string;
                                    computedFrom?: string[];
                                };
                            };
                            adjudicationTaskId: string | null;
                            /** Format: date-time */
                            definedAt: string;
                            /** @description SHA-256 of the canonical JSON of {values, provenance} */
                            digest: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/final-values.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The final values as a CSV table (a value and a source column per field; segments joined by ";"); the export is on the audit trail
         * @description Provenance per field: single-read (single-read design), mean-of-reads (two reads' numbers averaged, rounded to the field's decimals), agreed (the same category or segments), adjudication (the adjudicator's decision, with its reason); computed fields are recomputed from the final inputs. Free text is carried only from a single read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workload and progress per reader and adjudicator, and for the project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The current reading form version, on which qualification is counted */
                            formVersion: number | null;
                            readers: {
                                /** Format: uuid */
                                userId: string;
                                displayName: string;
                                /**
                                 * @description The latest qualification record on the current form version
                                 * @enum {string}
                                 */
                                qualification: "qualified" | "not-qualified" | "none";
                                qualified: boolean;
                                inProgress: number;
                                submitted: number;
                                rereadsDue: number;
                                /** @description Re-reads still in their wash-out period */
                                rereadsWaiting: number;
                                rereadsInProgress: number;
                                rereadsDone: number;
                                /** @description The reader's primary reads that went to adjudication */
                                adjudications: number;
                            }[];
                            adjudicators: {
                                /** Format: uuid */
                                userId: string;
                                displayName: string;
                                inProgress: number;
                                resolved: number;
                            }[];
                            project: {
                                examsPassedQc: number;
                                /** @description Exams with reading tasks */
                                planned: number;
                                /** @description Exams whose primary reads are all submitted */
                                read: number;
                                /** @description Exams that went to adjudication */
                                adjudicated: number;
                                /** @description Exams with final values */
                                final: number;
                                /** @description Primary reading tasks */
                                tasks: {
                                    open: number;
                                    inProgress: number;
                                    submitted: number;
                                    cancelled: number;
                                };
                                adjudications: {
                                    open: number;
                                    inProgress: number;
                                    resolved: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inter- and intra-reader agreement on one field of the reading form
         * @description Number fields: ICC (Shrout & Fleiss, six forms) and Bland–Altman; category fields: Cohen's kappa, and linear and quadratic weighted kappa when the categories are ordered. Fewer than 3 pairs: status not-enough-reads; a statistic that cannot be computed (e.g. constant ratings): status not-computable with its code in problems. Refusals: agreement.unknown-field, agreement.field-not-comparable (400); reading.no-form (409).
         */
        get: {
            parameters: {
                query: {
                    /** @description A number or category field of the current reading form, e.g. lvEf */
                    field: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: string;
                            /** @enum {string} */
                            kind: "number" | "category";
                            unit: string | null;
                            formVersion: number;
                            /** Format: date-time */
                            generatedAt: string;
                            /** @description First all pairs of primary reads (slot 1 as A, slot 2 as B), then each pair of readers */
                            inter: {
                                /** @enum {string} */
                                kind: "inter-reader" | "intra-reader";
                                /**
                                 * @description all: every pair of reads; readers: the readers named
                                 * @enum {string}
                                 */
                                scope: "all" | "readers";
                                label: string;
                                readers: {
                                    /** Format: uuid */
                                    userId: string;
                                    displayName: string;
                                }[];
                                /** @description Pairs of reads compared */
                                n: number;
                                /** @enum {string} */
                                status: "ok" | "not-enough-reads" | "not-computable";
                                reason: string | null;
                                icc: {
                                    n: number;
                                    k: number;
                                    estimates: {
                                        /** @enum {string} */
                                        form: "ICC1" | "ICC2" | "ICC3" | "ICC1k" | "ICC2k" | "ICC3k";
                                        value: number;
                                        f: number;
                                        df1: number;
                                        df2: number;
                                        p: number;
                                        lower: number;
                                        upper: number;
                                    }[];
                                } | null;
                                blandAltman: {
                                    n: number;
                                    /** @description mean of A − B */
                                    bias: number;
                                    sd: number;
                                    lowerLimit: number;
                                    upperLimit: number;
                                    biasCi: [
                                        number,
                                        number
                                    ];
                                    lowerLimitCi: [
                                        number,
                                        number
                                    ];
                                    upperLimitCi: [
                                        number,
                                        number
                                    ];
                                    points: {
                                        mean: number;
                                        difference: number;
                                    }[];
                                } | null;
                                kappa: {
                                    n: number;
                                    kappa: number;
                                    se: number;
                                    lower: number;
                                    upper: number;
                                    observedAgreement: number;
                                    expectedAgreement: number;
                                    /** @enum {string} */
                                    weights: "none" | "linear" | "quadratic";
                                    categories: string[];
                                }[];
                                problems: {
                                    /** @enum {string} */
                                    statistic: "icc" | "bland-altman" | "kappa";
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            /** @description First all readers pooled (read as A, re-read as B), then each reader */
                            intra: {
                                /** @enum {string} */
                                kind: "inter-reader" | "intra-reader";
                                /**
                                 * @description all: every pair of reads; readers: the readers named
                                 * @enum {string}
                                 */
                                scope: "all" | "readers";
                                label: string;
                                readers: {
                                    /** Format: uuid */
                                    userId: string;
                                    displayName: string;
                                }[];
                                /** @description Pairs of reads compared */
                                n: number;
                                /** @enum {string} */
                                status: "ok" | "not-enough-reads" | "not-computable";
                                reason: string | null;
                                icc: {
                                    n: number;
                                    k: number;
                                    estimates: {
                                        /** @enum {string} */
                                        form: "ICC1" | "ICC2" | "ICC3" | "ICC1k" | "ICC2k" | "ICC3k";
                                        value: number;
                                        f: number;
                                        df1: number;
                                        df2: number;
                                        p: number;
                                        lower: number;
                                        upper: number;
                                    }[];
                                } | null;
                                blandAltman: {
                                    n: number;
                                    /** @description mean of A − B */
                                    bias: number;
                                    sd: number;
                                    lowerLimit: number;
                                    upperLimit: number;
                                    biasCi: [
                                        number,
                                        number
                                    ];
                                    lowerLimitCi: [
                                        number,
                                        number
                                    ];
                                    upperLimitCi: [
                                        number,
                                        number
                                    ];
                                    points: {
                                        mean: number;
                                        difference: number;
                                    }[];
                                } | null;
                                kappa: {
                                    n: number;
                                    kappa: number;
                                    se: number;
                                    lower: number;
                                    upper: number;
                                    observedAgreement: number;
                                    expectedAgreement: number;
                                    /** @enum {string} */
                                    weights: "none" | "linear" | "quadratic";
                                    categories: string[];
                                }[];
                                problems: {
                                    /** @enum {string} */
                                    statistic: "icc" | "bland-altman" | "kappa";
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reading/agreement.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agreement on one field as a CSV table (a row per comparison and statistic); the export is on the audit trail
         * @description Number fields: ICC (Shrout & Fleiss, six forms) and Bland–Altman; category fields: Cohen's kappa, and linear and quadratic weighted kappa when the categories are ordered. Fewer than 3 pairs: status not-enough-reads; a statistic that cannot be computed (e.g. constant ratings): status not-computable with its code in problems. Refusals: agreement.unknown-field, agreement.field-not-comparable (400); reading.no-form (409).
         */
        get: {
            parameters: {
                query: {
                    /** @description A number or category field of the current reading form, e.g. lvEf */
                    field: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reads/{readId}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The DICOM objects exported from a submitted read (not in the study's DICOMweb index: readers stay blinded)
         * @description The core-lab manager sees every read's objects, a reader those of their own reads, an adjudicator those of the exams they adjudicate; anyone else gets 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    readId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description sr: Comprehensive SR measurement report (TID 1500); seg: DICOM Segmentation of the contours
                             * @enum {string}
                             */
                            kind: "sr" | "seg";
                            sopInstanceUID: string;
                            seriesInstanceUID: string;
                            sha256: string;
                            size: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reads/{readId}/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One exported object as a DICOM Part 10 file; the download is on the audit trail
         * @description The core-lab manager sees every read's objects, a reader those of their own reads, an adjudicator those of the exams they adjudicate; anyone else gets 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    readId: string;
                    kind: "sr" | "seg";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/dicom": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/dicom": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/dicom": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            /** @description Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated */
                            code: string;
                            instance: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
