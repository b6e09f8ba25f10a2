// https://registry.terraform.io/providers/mastercard/restapi/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RestapiProviderConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#uri RestapiProvider#uri}
  */
  readonly uri?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#insecure RestapiProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#username RestapiProvider#username}
  */
  readonly username?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#password RestapiProvider#password}
  */
  readonly password?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#bearer_token RestapiProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#headers RestapiProvider#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#use_cookies RestapiProvider#use_cookies}
  */
  readonly useCookies?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#timeout RestapiProvider#timeout}
  */
  readonly timeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#id_attribute RestapiProvider#id_attribute}
  */
  readonly idAttribute?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#create_method RestapiProvider#create_method}
  */
  readonly createMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#read_method RestapiProvider#read_method}
  */
  readonly readMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#update_method RestapiProvider#update_method}
  */
  readonly updateMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#destroy_method RestapiProvider#destroy_method}
  */
  readonly destroyMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#copy_keys RestapiProvider#copy_keys}
  */
  readonly copyKeys?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#write_returns_object RestapiProvider#write_returns_object}
  */
  readonly writeReturnsObject?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#create_returns_object RestapiProvider#create_returns_object}
  */
  readonly createReturnsObject?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#xssi_prefix RestapiProvider#xssi_prefix}
  */
  readonly xssiPrefix?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#rate_limit RestapiProvider#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#test_path RestapiProvider#test_path}
  */
  readonly testPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#debug RestapiProvider#debug}
  */
  readonly debug?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#cert_string RestapiProvider#cert_string}
  */
  readonly certString?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#key_string RestapiProvider#key_string}
  */
  readonly keyString?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#root_ca_string RestapiProvider#root_ca_string}
  */
  readonly rootCaString?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#cert_file RestapiProvider#cert_file}
  */
  readonly certFile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#key_file RestapiProvider#key_file}
  */
  readonly keyFile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#root_ca_file RestapiProvider#root_ca_file}
  */
  readonly rootCaFile?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#alias RestapiProvider#alias}
  */
  readonly alias?: string;
  /**
  * oauth_client_credentials block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#oauth_client_credentials RestapiProvider#oauth_client_credentials}
  */
  readonly oauthClientCredentials?: RestapiProviderOauthClientCredentials;
  /**
  * retries block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#retries RestapiProvider#retries}
  */
  readonly retries?: RestapiProviderRetries;
}
export interface RestapiProviderOauthClientCredentials {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#oauth_client_id RestapiProvider#oauth_client_id}
  */
  readonly oauthClientId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#oauth_client_secret RestapiProvider#oauth_client_secret}
  */
  readonly oauthClientSecret?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#oauth_token_endpoint RestapiProvider#oauth_token_endpoint}
  */
  readonly oauthTokenEndpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#oauth_scopes RestapiProvider#oauth_scopes}
  */
  readonly oauthScopes?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#endpoint_params RestapiProvider#endpoint_params}
  */
  readonly endpointParams?: { [key: string]: string };
}

export function restapiProviderOauthClientCredentialsToTerraform(struct?: RestapiProviderOauthClientCredentials | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    oauth_client_id: cdktf.stringToTerraform(struct!.oauthClientId),
    oauth_client_secret: cdktf.stringToTerraform(struct!.oauthClientSecret),
    oauth_token_endpoint: cdktf.stringToTerraform(struct!.oauthTokenEndpoint),
    oauth_scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.oauthScopes),
    endpoint_params: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.endpointParams),
  }
}


export function restapiProviderOauthClientCredentialsToHclTerraform(struct?: RestapiProviderOauthClientCredentials | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    oauth_client_id: {
      value: cdktf.stringToHclTerraform(struct!.oauthClientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    oauth_client_secret: {
      value: cdktf.stringToHclTerraform(struct!.oauthClientSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    oauth_token_endpoint: {
      value: cdktf.stringToHclTerraform(struct!.oauthTokenEndpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    oauth_scopes: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.oauthScopes),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoint_params: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.endpointParams),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface RestapiProviderRetries {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#max_retries RestapiProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#min_wait RestapiProvider#min_wait}
  */
  readonly minWait?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#max_wait RestapiProvider#max_wait}
  */
  readonly maxWait?: number;
}

export function restapiProviderRetriesToTerraform(struct?: RestapiProviderRetries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    max_retries: cdktf.numberToTerraform(struct!.maxRetries),
    min_wait: cdktf.numberToTerraform(struct!.minWait),
    max_wait: cdktf.numberToTerraform(struct!.maxWait),
  }
}


export function restapiProviderRetriesToHclTerraform(struct?: RestapiProviderRetries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    max_retries: {
      value: cdktf.numberToHclTerraform(struct!.maxRetries),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_wait: {
      value: cdktf.numberToHclTerraform(struct!.minWait),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_wait: {
      value: cdktf.numberToHclTerraform(struct!.maxWait),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs restapi}
*/
export class RestapiProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "restapi";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RestapiProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RestapiProvider to import
  * @param importFromId The id of the existing RestapiProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RestapiProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "restapi", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs restapi} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RestapiProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: RestapiProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'restapi',
      terraformGeneratorMetadata: {
        providerName: 'restapi',
        providerVersionConstraint: '~> 3.0'
      },
      terraformProviderSource: 'Mastercard/restapi'
    });
    this._uri = config.uri;
    this._insecure = config.insecure;
    this._username = config.username;
    this._password = config.password;
    this._bearerToken = config.bearerToken;
    this._headers = config.headers;
    this._useCookies = config.useCookies;
    this._timeout = config.timeout;
    this._idAttribute = config.idAttribute;
    this._createMethod = config.createMethod;
    this._readMethod = config.readMethod;
    this._updateMethod = config.updateMethod;
    this._destroyMethod = config.destroyMethod;
    this._copyKeys = config.copyKeys;
    this._writeReturnsObject = config.writeReturnsObject;
    this._createReturnsObject = config.createReturnsObject;
    this._xssiPrefix = config.xssiPrefix;
    this._rateLimit = config.rateLimit;
    this._testPath = config.testPath;
    this._debug = config.debug;
    this._certString = config.certString;
    this._keyString = config.keyString;
    this._rootCaString = config.rootCaString;
    this._certFile = config.certFile;
    this._keyFile = config.keyFile;
    this._rootCaFile = config.rootCaFile;
    this._alias = config.alias;
    this._oauthClientCredentials = config.oauthClientCredentials;
    this._retries = config.retries;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // uri - computed: false, optional: true, required: false
  private _uri?: string; 
  public get uri() {
    return this._uri;
  }
  public set uri(value: string | undefined) {
    this._uri = value;
  }
  public resetUri() {
    this._uri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get uriInput() {
    return this._uri;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this._username;
  }
  public set username(value: string | undefined) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // bearer_token - computed: false, optional: true, required: false
  private _bearerToken?: string; 
  public get bearerToken() {
    return this._bearerToken;
  }
  public set bearerToken(value: string | undefined) {
    this._bearerToken = value;
  }
  public resetBearerToken() {
    this._bearerToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bearerTokenInput() {
    return this._bearerToken;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: { [key: string]: string }; 
  public get headers() {
    return this._headers;
  }
  public set headers(value: { [key: string]: string } | undefined) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // use_cookies - computed: false, optional: true, required: false
  private _useCookies?: boolean | cdktf.IResolvable; 
  public get useCookies() {
    return this._useCookies;
  }
  public set useCookies(value: boolean | cdktf.IResolvable | undefined) {
    this._useCookies = value;
  }
  public resetUseCookies() {
    this._useCookies = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useCookiesInput() {
    return this._useCookies;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: number; 
  public get timeout() {
    return this._timeout;
  }
  public set timeout(value: number | undefined) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // id_attribute - computed: false, optional: true, required: false
  private _idAttribute?: string; 
  public get idAttribute() {
    return this._idAttribute;
  }
  public set idAttribute(value: string | undefined) {
    this._idAttribute = value;
  }
  public resetIdAttribute() {
    this._idAttribute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idAttributeInput() {
    return this._idAttribute;
  }

  // create_method - computed: false, optional: true, required: false
  private _createMethod?: string; 
  public get createMethod() {
    return this._createMethod;
  }
  public set createMethod(value: string | undefined) {
    this._createMethod = value;
  }
  public resetCreateMethod() {
    this._createMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createMethodInput() {
    return this._createMethod;
  }

  // read_method - computed: false, optional: true, required: false
  private _readMethod?: string; 
  public get readMethod() {
    return this._readMethod;
  }
  public set readMethod(value: string | undefined) {
    this._readMethod = value;
  }
  public resetReadMethod() {
    this._readMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readMethodInput() {
    return this._readMethod;
  }

  // update_method - computed: false, optional: true, required: false
  private _updateMethod?: string; 
  public get updateMethod() {
    return this._updateMethod;
  }
  public set updateMethod(value: string | undefined) {
    this._updateMethod = value;
  }
  public resetUpdateMethod() {
    this._updateMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateMethodInput() {
    return this._updateMethod;
  }

  // destroy_method - computed: false, optional: true, required: false
  private _destroyMethod?: string; 
  public get destroyMethod() {
    return this._destroyMethod;
  }
  public set destroyMethod(value: string | undefined) {
    this._destroyMethod = value;
  }
  public resetDestroyMethod() {
    this._destroyMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destroyMethodInput() {
    return this._destroyMethod;
  }

  // copy_keys - computed: false, optional: true, required: false
  private _copyKeys?: string[]; 
  public get copyKeys() {
    return this._copyKeys;
  }
  public set copyKeys(value: string[] | undefined) {
    this._copyKeys = value;
  }
  public resetCopyKeys() {
    this._copyKeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get copyKeysInput() {
    return this._copyKeys;
  }

  // write_returns_object - computed: false, optional: true, required: false
  private _writeReturnsObject?: boolean | cdktf.IResolvable; 
  public get writeReturnsObject() {
    return this._writeReturnsObject;
  }
  public set writeReturnsObject(value: boolean | cdktf.IResolvable | undefined) {
    this._writeReturnsObject = value;
  }
  public resetWriteReturnsObject() {
    this._writeReturnsObject = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get writeReturnsObjectInput() {
    return this._writeReturnsObject;
  }

  // create_returns_object - computed: false, optional: true, required: false
  private _createReturnsObject?: boolean | cdktf.IResolvable; 
  public get createReturnsObject() {
    return this._createReturnsObject;
  }
  public set createReturnsObject(value: boolean | cdktf.IResolvable | undefined) {
    this._createReturnsObject = value;
  }
  public resetCreateReturnsObject() {
    this._createReturnsObject = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createReturnsObjectInput() {
    return this._createReturnsObject;
  }

  // xssi_prefix - computed: false, optional: true, required: false
  private _xssiPrefix?: string; 
  public get xssiPrefix() {
    return this._xssiPrefix;
  }
  public set xssiPrefix(value: string | undefined) {
    this._xssiPrefix = value;
  }
  public resetXssiPrefix() {
    this._xssiPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xssiPrefixInput() {
    return this._xssiPrefix;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this._rateLimit;
  }
  public set rateLimit(value: number | undefined) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // test_path - computed: false, optional: true, required: false
  private _testPath?: string; 
  public get testPath() {
    return this._testPath;
  }
  public set testPath(value: string | undefined) {
    this._testPath = value;
  }
  public resetTestPath() {
    this._testPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get testPathInput() {
    return this._testPath;
  }

  // debug - computed: false, optional: true, required: false
  private _debug?: boolean | cdktf.IResolvable; 
  public get debug() {
    return this._debug;
  }
  public set debug(value: boolean | cdktf.IResolvable | undefined) {
    this._debug = value;
  }
  public resetDebug() {
    this._debug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get debugInput() {
    return this._debug;
  }

  // cert_string - computed: false, optional: true, required: false
  private _certString?: string; 
  public get certString() {
    return this._certString;
  }
  public set certString(value: string | undefined) {
    this._certString = value;
  }
  public resetCertString() {
    this._certString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certStringInput() {
    return this._certString;
  }

  // key_string - computed: false, optional: true, required: false
  private _keyString?: string; 
  public get keyString() {
    return this._keyString;
  }
  public set keyString(value: string | undefined) {
    this._keyString = value;
  }
  public resetKeyString() {
    this._keyString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyStringInput() {
    return this._keyString;
  }

  // root_ca_string - computed: false, optional: true, required: false
  private _rootCaString?: string; 
  public get rootCaString() {
    return this._rootCaString;
  }
  public set rootCaString(value: string | undefined) {
    this._rootCaString = value;
  }
  public resetRootCaString() {
    this._rootCaString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rootCaStringInput() {
    return this._rootCaString;
  }

  // cert_file - computed: false, optional: true, required: false
  private _certFile?: string; 
  public get certFile() {
    return this._certFile;
  }
  public set certFile(value: string | undefined) {
    this._certFile = value;
  }
  public resetCertFile() {
    this._certFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certFileInput() {
    return this._certFile;
  }

  // key_file - computed: false, optional: true, required: false
  private _keyFile?: string; 
  public get keyFile() {
    return this._keyFile;
  }
  public set keyFile(value: string | undefined) {
    this._keyFile = value;
  }
  public resetKeyFile() {
    this._keyFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyFileInput() {
    return this._keyFile;
  }

  // root_ca_file - computed: false, optional: true, required: false
  private _rootCaFile?: string; 
  public get rootCaFile() {
    return this._rootCaFile;
  }
  public set rootCaFile(value: string | undefined) {
    this._rootCaFile = value;
  }
  public resetRootCaFile() {
    this._rootCaFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rootCaFileInput() {
    return this._rootCaFile;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // oauth_client_credentials - computed: false, optional: true, required: false
  private _oauthClientCredentials?: RestapiProviderOauthClientCredentials; 
  public get oauthClientCredentials() {
    return this._oauthClientCredentials;
  }
  public set oauthClientCredentials(value: RestapiProviderOauthClientCredentials | undefined) {
    this._oauthClientCredentials = value;
  }
  public resetOauthClientCredentials() {
    this._oauthClientCredentials = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauthClientCredentialsInput() {
    return this._oauthClientCredentials;
  }

  // retries - computed: false, optional: true, required: false
  private _retries?: RestapiProviderRetries; 
  public get retries() {
    return this._retries;
  }
  public set retries(value: RestapiProviderRetries | undefined) {
    this._retries = value;
  }
  public resetRetries() {
    this._retries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retriesInput() {
    return this._retries;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      uri: cdktf.stringToTerraform(this._uri),
      insecure: cdktf.booleanToTerraform(this._insecure),
      username: cdktf.stringToTerraform(this._username),
      password: cdktf.stringToTerraform(this._password),
      bearer_token: cdktf.stringToTerraform(this._bearerToken),
      headers: cdktf.hashMapper(cdktf.stringToTerraform)(this._headers),
      use_cookies: cdktf.booleanToTerraform(this._useCookies),
      timeout: cdktf.numberToTerraform(this._timeout),
      id_attribute: cdktf.stringToTerraform(this._idAttribute),
      create_method: cdktf.stringToTerraform(this._createMethod),
      read_method: cdktf.stringToTerraform(this._readMethod),
      update_method: cdktf.stringToTerraform(this._updateMethod),
      destroy_method: cdktf.stringToTerraform(this._destroyMethod),
      copy_keys: cdktf.listMapper(cdktf.stringToTerraform, false)(this._copyKeys),
      write_returns_object: cdktf.booleanToTerraform(this._writeReturnsObject),
      create_returns_object: cdktf.booleanToTerraform(this._createReturnsObject),
      xssi_prefix: cdktf.stringToTerraform(this._xssiPrefix),
      rate_limit: cdktf.numberToTerraform(this._rateLimit),
      test_path: cdktf.stringToTerraform(this._testPath),
      debug: cdktf.booleanToTerraform(this._debug),
      cert_string: cdktf.stringToTerraform(this._certString),
      key_string: cdktf.stringToTerraform(this._keyString),
      root_ca_string: cdktf.stringToTerraform(this._rootCaString),
      cert_file: cdktf.stringToTerraform(this._certFile),
      key_file: cdktf.stringToTerraform(this._keyFile),
      root_ca_file: cdktf.stringToTerraform(this._rootCaFile),
      alias: cdktf.stringToTerraform(this._alias),
      oauth_client_credentials: restapiProviderOauthClientCredentialsToTerraform(this._oauthClientCredentials),
      retries: restapiProviderRetriesToTerraform(this._retries),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      uri: {
        value: cdktf.stringToHclTerraform(this._uri),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bearer_token: {
        value: cdktf.stringToHclTerraform(this._bearerToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      headers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._headers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      use_cookies: {
        value: cdktf.booleanToHclTerraform(this._useCookies),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeout: {
        value: cdktf.numberToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id_attribute: {
        value: cdktf.stringToHclTerraform(this._idAttribute),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      create_method: {
        value: cdktf.stringToHclTerraform(this._createMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      read_method: {
        value: cdktf.stringToHclTerraform(this._readMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      update_method: {
        value: cdktf.stringToHclTerraform(this._updateMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destroy_method: {
        value: cdktf.stringToHclTerraform(this._destroyMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      copy_keys: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._copyKeys),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      write_returns_object: {
        value: cdktf.booleanToHclTerraform(this._writeReturnsObject),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      create_returns_object: {
        value: cdktf.booleanToHclTerraform(this._createReturnsObject),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      xssi_prefix: {
        value: cdktf.stringToHclTerraform(this._xssiPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rate_limit: {
        value: cdktf.numberToHclTerraform(this._rateLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      test_path: {
        value: cdktf.stringToHclTerraform(this._testPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      debug: {
        value: cdktf.booleanToHclTerraform(this._debug),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cert_string: {
        value: cdktf.stringToHclTerraform(this._certString),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_string: {
        value: cdktf.stringToHclTerraform(this._keyString),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      root_ca_string: {
        value: cdktf.stringToHclTerraform(this._rootCaString),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert_file: {
        value: cdktf.stringToHclTerraform(this._certFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_file: {
        value: cdktf.stringToHclTerraform(this._keyFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      root_ca_file: {
        value: cdktf.stringToHclTerraform(this._rootCaFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oauth_client_credentials: {
        value: restapiProviderOauthClientCredentialsToHclTerraform(this._oauthClientCredentials),
        isBlock: true,
        type: "struct",
        storageClassType: "RestapiProviderOauthClientCredentials",
      },
      retries: {
        value: restapiProviderRetriesToHclTerraform(this._retries),
        isBlock: true,
        type: "struct",
        storageClassType: "RestapiProviderRetries",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
