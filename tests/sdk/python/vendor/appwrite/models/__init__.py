from .base_model import AppwriteModel
from .row_list import RowList
from .document_list import DocumentList
from .presence_list import PresenceList
from .table_list import TableList
from .collection_list import CollectionList
from .database_list import DatabaseList
from .index_list import IndexList
from .column_index_list import ColumnIndexList
from .user_list import UserList
from .session_list import SessionList
from .identity_list import IdentityList
from .log_list import LogList
from .file_list import FileList
from .bucket_list import BucketList
from .resource_token_list import ResourceTokenList
from .team_list import TeamList
from .membership_list import MembershipList
from .site_list import SiteList
from .function_list import FunctionList
from .framework_list import FrameworkList
from .runtime_list import RuntimeList
from .deployment_list import DeploymentList
from .execution_list import ExecutionList
from .project_list import ProjectList
from .webhook_list import WebhookList
from .key_list import KeyList
from .country_list import CountryList
from .continent_list import ContinentList
from .language_list import LanguageList
from .currency_list import CurrencyList
from .phone_list import PhoneList
from .variable_list import VariableList
from .mock_number_list import MockNumberList
from .policy_list import PolicyList
from .email_template_list import EmailTemplateList
from .proxy_rule_list import ProxyRuleList
from .locale_code_list import LocaleCodeList
from .provider_list import ProviderList
from .message_list import MessageList
from .topic_list import TopicList
from .subscriber_list import SubscriberList
from .target_list import TargetList
from .transaction_list import TransactionList
from .specification_list import SpecificationList
from .insight_list import InsightList
from .report_list import ReportList
from .database import Database
from .collection import Collection
from .attribute_list import AttributeList
from .attribute_string import AttributeString
from .attribute_integer import AttributeInteger
from .attribute_bigint import AttributeBigint
from .attribute_float import AttributeFloat
from .attribute_boolean import AttributeBoolean
from .attribute_email import AttributeEmail
from .attribute_enum import AttributeEnum
from .attribute_ip import AttributeIp
from .attribute_url import AttributeUrl
from .attribute_datetime import AttributeDatetime
from .attribute_relationship import AttributeRelationship
from .attribute_point import AttributePoint
from .attribute_line import AttributeLine
from .attribute_polygon import AttributePolygon
from .attribute_varchar import AttributeVarchar
from .attribute_text import AttributeText
from .attribute_mediumtext import AttributeMediumtext
from .attribute_longtext import AttributeLongtext
from .table import Table
from .column_list import ColumnList
from .column_string import ColumnString
from .column_integer import ColumnInteger
from .column_bigint import ColumnBigint
from .column_float import ColumnFloat
from .column_boolean import ColumnBoolean
from .column_email import ColumnEmail
from .column_enum import ColumnEnum
from .column_ip import ColumnIp
from .column_url import ColumnUrl
from .column_datetime import ColumnDatetime
from .column_relationship import ColumnRelationship
from .column_point import ColumnPoint
from .column_line import ColumnLine
from .column_polygon import ColumnPolygon
from .column_varchar import ColumnVarchar
from .column_text import ColumnText
from .column_mediumtext import ColumnMediumtext
from .column_longtext import ColumnLongtext
from .index import Index
from .column_index import ColumnIndex
from .row import Row
from .document import Document
from .presence import Presence
from .log import Log
from .user import User
from .algo_md5 import AlgoMd5
from .algo_sha import AlgoSha
from .algo_phpass import AlgoPhpass
from .algo_bcrypt import AlgoBcrypt
from .algo_scrypt import AlgoScrypt
from .algo_scrypt_modified import AlgoScryptModified
from .algo_argon2 import AlgoArgon2
from .preferences import Preferences
from .session import Session
from .identity import Identity
from .token import Token
from .jwt import Jwt
from .locale import Locale
from .locale_code import LocaleCode
from .file import File
from .bucket import Bucket
from .resource_token import ResourceToken
from .team import Team
from .membership import Membership
from .site import Site
from .function import Function
from .runtime import Runtime
from .framework import Framework
from .framework_adapter import FrameworkAdapter
from .deployment import Deployment
from .execution import Execution
from .project import Project
from .project_auth_method import ProjectAuthMethod
from .project_service import ProjectService
from .project_protocol import ProjectProtocol
from .webhook import Webhook
from .key import Key
from .ephemeral_key import EphemeralKey
from .dev_key import DevKey
from .mock_number import MockNumber
from .o_auth2_github import OAuth2Github
from .o_auth2_discord import OAuth2Discord
from .o_auth2_figma import OAuth2Figma
from .o_auth2_dropbox import OAuth2Dropbox
from .o_auth2_dailymotion import OAuth2Dailymotion
from .o_auth2_bitbucket import OAuth2Bitbucket
from .o_auth2_bitly import OAuth2Bitly
from .o_auth2_box import OAuth2Box
from .o_auth2_autodesk import OAuth2Autodesk
from .o_auth2_google import OAuth2Google
from .o_auth2_zoom import OAuth2Zoom
from .o_auth2_zoho import OAuth2Zoho
from .o_auth2_yandex import OAuth2Yandex
from .o_auth2_x import OAuth2X
from .o_auth2_word_press import OAuth2WordPress
from .o_auth2_twitch import OAuth2Twitch
from .o_auth2_stripe import OAuth2Stripe
from .o_auth2_spotify import OAuth2Spotify
from .o_auth2_slack import OAuth2Slack
from .o_auth2_podio import OAuth2Podio
from .o_auth2_notion import OAuth2Notion
from .o_auth2_salesforce import OAuth2Salesforce
from .o_auth2_yahoo import OAuth2Yahoo
from .o_auth2_linkedin import OAuth2Linkedin
from .o_auth2_disqus import OAuth2Disqus
from .o_auth2_amazon import OAuth2Amazon
from .o_auth2_etsy import OAuth2Etsy
from .o_auth2_facebook import OAuth2Facebook
from .o_auth2_tradeshift import OAuth2Tradeshift
from .o_auth2_paypal import OAuth2Paypal
from .o_auth2_gitlab import OAuth2Gitlab
from .o_auth2_appwrite import OAuth2Appwrite
from .o_auth2_authentik import OAuth2Authentik
from .o_auth2_auth0 import OAuth2Auth0
from .o_auth2_fusion_auth import OAuth2FusionAuth
from .o_auth2_keycloak import OAuth2Keycloak
from .o_auth2_oidc import OAuth2Oidc
from .o_auth2_okta import OAuth2Okta
from .o_auth2_kick import OAuth2Kick
from .o_auth2_apple import OAuth2Apple
from .o_auth2_microsoft import OAuth2Microsoft
from .o_auth2_provider_list import OAuth2ProviderList
from .policy_password_dictionary import PolicyPasswordDictionary
from .policy_password_history import PolicyPasswordHistory
from .policy_password_strength import PolicyPasswordStrength
from .policy_password_personal_data import PolicyPasswordPersonalData
from .policy_session_alert import PolicySessionAlert
from .policy_session_duration import PolicySessionDuration
from .policy_session_invalidation import PolicySessionInvalidation
from .policy_session_limit import PolicySessionLimit
from .policy_user_limit import PolicyUserLimit
from .policy_membership_privacy import PolicyMembershipPrivacy
from .platform_web import PlatformWeb
from .platform_apple import PlatformApple
from .platform_android import PlatformAndroid
from .platform_windows import PlatformWindows
from .platform_linux import PlatformLinux
from .platform_list import PlatformList
from .variable import Variable
from .country import Country
from .continent import Continent
from .language import Language
from .currency import Currency
from .phone import Phone
from .headers import Headers
from .specification import Specification
from .proxy_rule import ProxyRule
from .email_template import EmailTemplate
from .mfa_challenge import MfaChallenge
from .mfa_recovery_codes import MfaRecoveryCodes
from .mfa_type import MfaType
from .mfa_factors import MfaFactors
from .provider import Provider
from .message import Message
from .topic import Topic
from .transaction import Transaction
from .subscriber import Subscriber
from .target import Target
from .insight import Insight
from .insight_cta import InsightCTA
from .report import Report
from .activity_event import ActivityEvent
from .additional_resource import AdditionalResource
from .backup_archive import BackupArchive
from .billing_limits import BillingLimits
from .billing_plan import BillingPlan
from .billing_plan_addon import BillingPlanAddon
from .billing_plan_addon_details import BillingPlanAddonDetails
from .billing_plan_limits import BillingPlanLimits
from .billing_plan_dedicated_database_limits import BillingPlanDedicatedDatabaseLimits
from .billing_plan_supported_addons import BillingPlanSupportedAddons
from .block import Block
from .dedicated_database import DedicatedDatabase
from .database_status import DatabaseStatus
from .dedicated_database_member import DedicatedDatabaseMember
from .dedicated_database_replicas import DedicatedDatabaseReplicas
from .organization import Organization
from .backup_policy import BackupPolicy
from .policy_deny_aliased_email import PolicyDenyAliasedEmail
from .policy_deny_disposable_email import PolicyDenyDisposableEmail
from .policy_deny_free_email import PolicyDenyFreeEmail
from .policy_deny_corporate_email import PolicyDenyCorporateEmail
from .program import Program
from .backup_restoration import BackupRestoration
from .dedicated_database_specification import DedicatedDatabaseSpecification
from .dedicated_database_specification_list import DedicatedDatabaseSpecificationList
from .dedicated_database_specification_pricing import DedicatedDatabaseSpecificationPricing
from .database_status_connections import DatabaseStatusConnections
from .database_status_replica import DatabaseStatusReplica
from .database_status_volume import DatabaseStatusVolume
from .usage_billing_plan import UsageBillingPlan
from .app import App
from .app_secret import AppSecret
from .app_secret_plaintext import AppSecretPlaintext
from .app_scope import AppScope
from .app_installation import AppInstallation
from .app_key import AppKey
from .oauth2_authorize import Oauth2Authorize
from .oauth2_approve import Oauth2Approve
from .oauth2_reject import Oauth2Reject
from .oauth2_grant import Oauth2Grant
from .oauth2_device_authorization import Oauth2DeviceAuthorization
from .oauth2_par import Oauth2PAR
from .oauth2_token import Oauth2Token
from .oauth2_consent import Oauth2Consent
from .oauth2_consent_token import Oauth2ConsentToken
from .oauth2_project import Oauth2Project
from .oauth2_organization import Oauth2Organization
from .oauth2_project_list import Oauth2ProjectList
from .oauth2_organization_list import Oauth2OrganizationList
from .oauth2_consent_list import Oauth2ConsentList
from .oauth2_consent_token_list import Oauth2ConsentTokenList
from .activity_event_list import ActivityEventList
from .backup_archive_list import BackupArchiveList
from .backup_policy_list import BackupPolicyList
from .backup_restoration_list import BackupRestorationList
from .apps_list import AppsList
from .app_secret_list import AppSecretList
from .app_scope_list import AppScopeList
from .app_installation_list import AppInstallationList
from .app_key_list import AppKeyList

__all__ = [
    'AppwriteModel',
    'RowList',
    'DocumentList',
    'PresenceList',
    'TableList',
    'CollectionList',
    'DatabaseList',
    'IndexList',
    'ColumnIndexList',
    'UserList',
    'SessionList',
    'IdentityList',
    'LogList',
    'FileList',
    'BucketList',
    'ResourceTokenList',
    'TeamList',
    'MembershipList',
    'SiteList',
    'FunctionList',
    'FrameworkList',
    'RuntimeList',
    'DeploymentList',
    'ExecutionList',
    'ProjectList',
    'WebhookList',
    'KeyList',
    'CountryList',
    'ContinentList',
    'LanguageList',
    'CurrencyList',
    'PhoneList',
    'VariableList',
    'MockNumberList',
    'PolicyList',
    'EmailTemplateList',
    'ProxyRuleList',
    'LocaleCodeList',
    'ProviderList',
    'MessageList',
    'TopicList',
    'SubscriberList',
    'TargetList',
    'TransactionList',
    'SpecificationList',
    'InsightList',
    'ReportList',
    'Database',
    'Collection',
    'AttributeList',
    'AttributeString',
    'AttributeInteger',
    'AttributeBigint',
    'AttributeFloat',
    'AttributeBoolean',
    'AttributeEmail',
    'AttributeEnum',
    'AttributeIp',
    'AttributeUrl',
    'AttributeDatetime',
    'AttributeRelationship',
    'AttributePoint',
    'AttributeLine',
    'AttributePolygon',
    'AttributeVarchar',
    'AttributeText',
    'AttributeMediumtext',
    'AttributeLongtext',
    'Table',
    'ColumnList',
    'ColumnString',
    'ColumnInteger',
    'ColumnBigint',
    'ColumnFloat',
    'ColumnBoolean',
    'ColumnEmail',
    'ColumnEnum',
    'ColumnIp',
    'ColumnUrl',
    'ColumnDatetime',
    'ColumnRelationship',
    'ColumnPoint',
    'ColumnLine',
    'ColumnPolygon',
    'ColumnVarchar',
    'ColumnText',
    'ColumnMediumtext',
    'ColumnLongtext',
    'Index',
    'ColumnIndex',
    'Row',
    'Document',
    'Presence',
    'Log',
    'User',
    'AlgoMd5',
    'AlgoSha',
    'AlgoPhpass',
    'AlgoBcrypt',
    'AlgoScrypt',
    'AlgoScryptModified',
    'AlgoArgon2',
    'Preferences',
    'Session',
    'Identity',
    'Token',
    'Jwt',
    'Locale',
    'LocaleCode',
    'File',
    'Bucket',
    'ResourceToken',
    'Team',
    'Membership',
    'Site',
    'Function',
    'Runtime',
    'Framework',
    'FrameworkAdapter',
    'Deployment',
    'Execution',
    'Project',
    'ProjectAuthMethod',
    'ProjectService',
    'ProjectProtocol',
    'Webhook',
    'Key',
    'EphemeralKey',
    'DevKey',
    'MockNumber',
    'OAuth2Github',
    'OAuth2Discord',
    'OAuth2Figma',
    'OAuth2Dropbox',
    'OAuth2Dailymotion',
    'OAuth2Bitbucket',
    'OAuth2Bitly',
    'OAuth2Box',
    'OAuth2Autodesk',
    'OAuth2Google',
    'OAuth2Zoom',
    'OAuth2Zoho',
    'OAuth2Yandex',
    'OAuth2X',
    'OAuth2WordPress',
    'OAuth2Twitch',
    'OAuth2Stripe',
    'OAuth2Spotify',
    'OAuth2Slack',
    'OAuth2Podio',
    'OAuth2Notion',
    'OAuth2Salesforce',
    'OAuth2Yahoo',
    'OAuth2Linkedin',
    'OAuth2Disqus',
    'OAuth2Amazon',
    'OAuth2Etsy',
    'OAuth2Facebook',
    'OAuth2Tradeshift',
    'OAuth2Paypal',
    'OAuth2Gitlab',
    'OAuth2Appwrite',
    'OAuth2Authentik',
    'OAuth2Auth0',
    'OAuth2FusionAuth',
    'OAuth2Keycloak',
    'OAuth2Oidc',
    'OAuth2Okta',
    'OAuth2Kick',
    'OAuth2Apple',
    'OAuth2Microsoft',
    'OAuth2ProviderList',
    'PolicyPasswordDictionary',
    'PolicyPasswordHistory',
    'PolicyPasswordStrength',
    'PolicyPasswordPersonalData',
    'PolicySessionAlert',
    'PolicySessionDuration',
    'PolicySessionInvalidation',
    'PolicySessionLimit',
    'PolicyUserLimit',
    'PolicyMembershipPrivacy',
    'PlatformWeb',
    'PlatformApple',
    'PlatformAndroid',
    'PlatformWindows',
    'PlatformLinux',
    'PlatformList',
    'Variable',
    'Country',
    'Continent',
    'Language',
    'Currency',
    'Phone',
    'Headers',
    'Specification',
    'ProxyRule',
    'EmailTemplate',
    'MfaChallenge',
    'MfaRecoveryCodes',
    'MfaType',
    'MfaFactors',
    'Provider',
    'Message',
    'Topic',
    'Transaction',
    'Subscriber',
    'Target',
    'Insight',
    'InsightCTA',
    'Report',
    'ActivityEvent',
    'AdditionalResource',
    'BackupArchive',
    'BillingLimits',
    'BillingPlan',
    'BillingPlanAddon',
    'BillingPlanAddonDetails',
    'BillingPlanLimits',
    'BillingPlanDedicatedDatabaseLimits',
    'BillingPlanSupportedAddons',
    'Block',
    'DedicatedDatabase',
    'DatabaseStatus',
    'DedicatedDatabaseMember',
    'DedicatedDatabaseReplicas',
    'Organization',
    'BackupPolicy',
    'PolicyDenyAliasedEmail',
    'PolicyDenyDisposableEmail',
    'PolicyDenyFreeEmail',
    'PolicyDenyCorporateEmail',
    'Program',
    'BackupRestoration',
    'DedicatedDatabaseSpecification',
    'DedicatedDatabaseSpecificationList',
    'DedicatedDatabaseSpecificationPricing',
    'DatabaseStatusConnections',
    'DatabaseStatusReplica',
    'DatabaseStatusVolume',
    'UsageBillingPlan',
    'App',
    'AppSecret',
    'AppSecretPlaintext',
    'AppScope',
    'AppInstallation',
    'AppKey',
    'Oauth2Authorize',
    'Oauth2Approve',
    'Oauth2Reject',
    'Oauth2Grant',
    'Oauth2DeviceAuthorization',
    'Oauth2PAR',
    'Oauth2Token',
    'Oauth2Consent',
    'Oauth2ConsentToken',
    'Oauth2Project',
    'Oauth2Organization',
    'Oauth2ProjectList',
    'Oauth2OrganizationList',
    'Oauth2ConsentList',
    'Oauth2ConsentTokenList',
    'ActivityEventList',
    'BackupArchiveList',
    'BackupPolicyList',
    'BackupRestorationList',
    'AppsList',
    'AppSecretList',
    'AppScopeList',
    'AppInstallationList',
    'AppKeyList',
]
