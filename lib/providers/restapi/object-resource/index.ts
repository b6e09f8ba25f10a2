// https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ObjectResourceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#path ObjectResource#path}
  */
  readonly path: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#data ObjectResource#data}
  */
  readonly data: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#create_path ObjectResource#create_path}
  */
  readonly createPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#read_path ObjectResource#read_path}
  */
  readonly readPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#update_path ObjectResource#update_path}
  */
  readonly updatePath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#destroy_path ObjectResource#destroy_path}
  */
  readonly destroyPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#create_method ObjectResource#create_method}
  */
  readonly createMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#read_method ObjectResource#read_method}
  */
  readonly readMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#update_method ObjectResource#update_method}
  */
  readonly updateMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#destroy_method ObjectResource#destroy_method}
  */
  readonly destroyMethod?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#id_attribute ObjectResource#id_attribute}
  */
  readonly idAttribute?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#object_id ObjectResource#object_id}
  */
  readonly objectId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#debug ObjectResource#debug}
  */
  readonly debug?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#query_string ObjectResource#query_string}
  */
  readonly queryString?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#force_new ObjectResource#force_new}
  */
  readonly forceNew?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#read_data ObjectResource#read_data}
  */
  readonly readData?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#update_data ObjectResource#update_data}
  */
  readonly updateData?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#destroy_data ObjectResource#destroy_data}
  */
  readonly destroyData?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#ignore_changes_to ObjectResource#ignore_changes_to}
  */
  readonly ignoreChangesTo?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#ignore_all_server_changes ObjectResource#ignore_all_server_changes}
  */
  readonly ignoreAllServerChanges?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#ignore_server_additions ObjectResource#ignore_server_additions}
  */
  readonly ignoreServerAdditions?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#read_search ObjectResource#read_search}
  */
  readonly readSearch?: ObjectResourceReadSearch;
}
export interface ObjectResourceReadSearch {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#query_string ObjectResource#query_string}
  */
  readonly queryString?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#search_data ObjectResource#search_data}
  */
  readonly searchData?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#search_key ObjectResource#search_key}
  */
  readonly searchKey: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#search_value ObjectResource#search_value}
  */
  readonly searchValue: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#results_key ObjectResource#results_key}
  */
  readonly resultsKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#search_patch ObjectResource#search_patch}
  */
  readonly searchPatch?: string;
}

export function objectResourceReadSearchToTerraform(struct?: ObjectResourceReadSearch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    query_string: cdktf.stringToTerraform(struct!.queryString),
    search_data: cdktf.stringToTerraform(struct!.searchData),
    search_key: cdktf.stringToTerraform(struct!.searchKey),
    search_value: cdktf.stringToTerraform(struct!.searchValue),
    results_key: cdktf.stringToTerraform(struct!.resultsKey),
    search_patch: cdktf.stringToTerraform(struct!.searchPatch),
  }
}


export function objectResourceReadSearchToHclTerraform(struct?: ObjectResourceReadSearch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    query_string: {
      value: cdktf.stringToHclTerraform(struct!.queryString),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    search_data: {
      value: cdktf.stringToHclTerraform(struct!.searchData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    search_key: {
      value: cdktf.stringToHclTerraform(struct!.searchKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    search_value: {
      value: cdktf.stringToHclTerraform(struct!.searchValue),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    results_key: {
      value: cdktf.stringToHclTerraform(struct!.resultsKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    search_patch: {
      value: cdktf.stringToHclTerraform(struct!.searchPatch),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ObjectResourceReadSearchOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ObjectResourceReadSearch | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._queryString !== undefined) {
      hasAnyValues = true;
      internalValueResult.queryString = this._queryString;
    }
    if (this._searchData !== undefined) {
      hasAnyValues = true;
      internalValueResult.searchData = this._searchData;
    }
    if (this._searchKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.searchKey = this._searchKey;
    }
    if (this._searchValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.searchValue = this._searchValue;
    }
    if (this._resultsKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.resultsKey = this._resultsKey;
    }
    if (this._searchPatch !== undefined) {
      hasAnyValues = true;
      internalValueResult.searchPatch = this._searchPatch;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ObjectResourceReadSearch | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._queryString = undefined;
      this._searchData = undefined;
      this._searchKey = undefined;
      this._searchValue = undefined;
      this._resultsKey = undefined;
      this._searchPatch = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._queryString = value.queryString;
      this._searchData = value.searchData;
      this._searchKey = value.searchKey;
      this._searchValue = value.searchValue;
      this._resultsKey = value.resultsKey;
      this._searchPatch = value.searchPatch;
    }
  }

  // query_string - computed: false, optional: true, required: false
  private _queryString?: string; 
  public get queryString() {
    return this.getStringAttribute('query_string');
  }
  public set queryString(value: string) {
    this._queryString = value;
  }
  public resetQueryString() {
    this._queryString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryStringInput() {
    return this._queryString;
  }

  // search_data - computed: false, optional: true, required: false
  private _searchData?: string; 
  public get searchData() {
    return this.getStringAttribute('search_data');
  }
  public set searchData(value: string) {
    this._searchData = value;
  }
  public resetSearchData() {
    this._searchData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchDataInput() {
    return this._searchData;
  }

  // search_key - computed: false, optional: false, required: true
  private _searchKey?: string; 
  public get searchKey() {
    return this.getStringAttribute('search_key');
  }
  public set searchKey(value: string) {
    this._searchKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get searchKeyInput() {
    return this._searchKey;
  }

  // search_value - computed: false, optional: false, required: true
  private _searchValue?: string; 
  public get searchValue() {
    return this.getStringAttribute('search_value');
  }
  public set searchValue(value: string) {
    this._searchValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get searchValueInput() {
    return this._searchValue;
  }

  // results_key - computed: false, optional: true, required: false
  private _resultsKey?: string; 
  public get resultsKey() {
    return this.getStringAttribute('results_key');
  }
  public set resultsKey(value: string) {
    this._resultsKey = value;
  }
  public resetResultsKey() {
    this._resultsKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resultsKeyInput() {
    return this._resultsKey;
  }

  // search_patch - computed: false, optional: true, required: false
  private _searchPatch?: string; 
  public get searchPatch() {
    return this.getStringAttribute('search_patch');
  }
  public set searchPatch(value: string) {
    this._searchPatch = value;
  }
  public resetSearchPatch() {
    this._searchPatch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchPatchInput() {
    return this._searchPatch;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object restapi_object}
*/
export class ObjectResource extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "restapi_object";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ObjectResource resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ObjectResource to import
  * @param importFromId The id of the existing ObjectResource that should be imported. Refer to the {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ObjectResource to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "restapi_object", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mastercard/restapi/latest/docs/resources/object restapi_object} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ObjectResourceConfig
  */
  public constructor(scope: Construct, id: string, config: ObjectResourceConfig) {
    super(scope, id, {
      terraformResourceType: 'restapi_object',
      terraformGeneratorMetadata: {
        providerName: 'restapi',
        providerVersionConstraint: '~> 3.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._path = config.path;
    this._data = config.data;
    this._createPath = config.createPath;
    this._readPath = config.readPath;
    this._updatePath = config.updatePath;
    this._destroyPath = config.destroyPath;
    this._createMethod = config.createMethod;
    this._readMethod = config.readMethod;
    this._updateMethod = config.updateMethod;
    this._destroyMethod = config.destroyMethod;
    this._idAttribute = config.idAttribute;
    this._objectId = config.objectId;
    this._debug = config.debug;
    this._queryString = config.queryString;
    this._forceNew = config.forceNew;
    this._readData = config.readData;
    this._updateData = config.updateData;
    this._destroyData = config.destroyData;
    this._ignoreChangesTo = config.ignoreChangesTo;
    this._ignoreAllServerChanges = config.ignoreAllServerChanges;
    this._ignoreServerAdditions = config.ignoreServerAdditions;
    this._readSearch.internalValue = config.readSearch;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // data - computed: false, optional: false, required: true
  private _data?: string; 
  public get data() {
    return this.getStringAttribute('data');
  }
  public set data(value: string) {
    this._data = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dataInput() {
    return this._data;
  }

  // create_path - computed: false, optional: true, required: false
  private _createPath?: string; 
  public get createPath() {
    return this.getStringAttribute('create_path');
  }
  public set createPath(value: string) {
    this._createPath = value;
  }
  public resetCreatePath() {
    this._createPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createPathInput() {
    return this._createPath;
  }

  // read_path - computed: false, optional: true, required: false
  private _readPath?: string; 
  public get readPath() {
    return this.getStringAttribute('read_path');
  }
  public set readPath(value: string) {
    this._readPath = value;
  }
  public resetReadPath() {
    this._readPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readPathInput() {
    return this._readPath;
  }

  // update_path - computed: false, optional: true, required: false
  private _updatePath?: string; 
  public get updatePath() {
    return this.getStringAttribute('update_path');
  }
  public set updatePath(value: string) {
    this._updatePath = value;
  }
  public resetUpdatePath() {
    this._updatePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updatePathInput() {
    return this._updatePath;
  }

  // destroy_path - computed: false, optional: true, required: false
  private _destroyPath?: string; 
  public get destroyPath() {
    return this.getStringAttribute('destroy_path');
  }
  public set destroyPath(value: string) {
    this._destroyPath = value;
  }
  public resetDestroyPath() {
    this._destroyPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destroyPathInput() {
    return this._destroyPath;
  }

  // create_method - computed: false, optional: true, required: false
  private _createMethod?: string; 
  public get createMethod() {
    return this.getStringAttribute('create_method');
  }
  public set createMethod(value: string) {
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
    return this.getStringAttribute('read_method');
  }
  public set readMethod(value: string) {
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
    return this.getStringAttribute('update_method');
  }
  public set updateMethod(value: string) {
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
    return this.getStringAttribute('destroy_method');
  }
  public set destroyMethod(value: string) {
    this._destroyMethod = value;
  }
  public resetDestroyMethod() {
    this._destroyMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destroyMethodInput() {
    return this._destroyMethod;
  }

  // id_attribute - computed: false, optional: true, required: false
  private _idAttribute?: string; 
  public get idAttribute() {
    return this.getStringAttribute('id_attribute');
  }
  public set idAttribute(value: string) {
    this._idAttribute = value;
  }
  public resetIdAttribute() {
    this._idAttribute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idAttributeInput() {
    return this._idAttribute;
  }

  // object_id - computed: false, optional: true, required: false
  private _objectId?: string; 
  public get objectId() {
    return this.getStringAttribute('object_id');
  }
  public set objectId(value: string) {
    this._objectId = value;
  }
  public resetObjectId() {
    this._objectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectIdInput() {
    return this._objectId;
  }

  // debug - computed: false, optional: true, required: false
  private _debug?: boolean | cdktf.IResolvable; 
  public get debug() {
    return this.getBooleanAttribute('debug');
  }
  public set debug(value: boolean | cdktf.IResolvable) {
    this._debug = value;
  }
  public resetDebug() {
    this._debug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get debugInput() {
    return this._debug;
  }

  // query_string - computed: false, optional: true, required: false
  private _queryString?: string; 
  public get queryString() {
    return this.getStringAttribute('query_string');
  }
  public set queryString(value: string) {
    this._queryString = value;
  }
  public resetQueryString() {
    this._queryString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryStringInput() {
    return this._queryString;
  }

  // force_new - computed: false, optional: true, required: false
  private _forceNew?: string[]; 
  public get forceNew() {
    return this.getListAttribute('force_new');
  }
  public set forceNew(value: string[]) {
    this._forceNew = value;
  }
  public resetForceNew() {
    this._forceNew = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceNewInput() {
    return this._forceNew;
  }

  // read_data - computed: false, optional: true, required: false
  private _readData?: string; 
  public get readData() {
    return this.getStringAttribute('read_data');
  }
  public set readData(value: string) {
    this._readData = value;
  }
  public resetReadData() {
    this._readData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readDataInput() {
    return this._readData;
  }

  // update_data - computed: false, optional: true, required: false
  private _updateData?: string; 
  public get updateData() {
    return this.getStringAttribute('update_data');
  }
  public set updateData(value: string) {
    this._updateData = value;
  }
  public resetUpdateData() {
    this._updateData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateDataInput() {
    return this._updateData;
  }

  // destroy_data - computed: false, optional: true, required: false
  private _destroyData?: string; 
  public get destroyData() {
    return this.getStringAttribute('destroy_data');
  }
  public set destroyData(value: string) {
    this._destroyData = value;
  }
  public resetDestroyData() {
    this._destroyData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get destroyDataInput() {
    return this._destroyData;
  }

  // ignore_changes_to - computed: false, optional: true, required: false
  private _ignoreChangesTo?: string[]; 
  public get ignoreChangesTo() {
    return this.getListAttribute('ignore_changes_to');
  }
  public set ignoreChangesTo(value: string[]) {
    this._ignoreChangesTo = value;
  }
  public resetIgnoreChangesTo() {
    this._ignoreChangesTo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreChangesToInput() {
    return this._ignoreChangesTo;
  }

  // ignore_all_server_changes - computed: false, optional: true, required: false
  private _ignoreAllServerChanges?: boolean | cdktf.IResolvable; 
  public get ignoreAllServerChanges() {
    return this.getBooleanAttribute('ignore_all_server_changes');
  }
  public set ignoreAllServerChanges(value: boolean | cdktf.IResolvable) {
    this._ignoreAllServerChanges = value;
  }
  public resetIgnoreAllServerChanges() {
    this._ignoreAllServerChanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreAllServerChangesInput() {
    return this._ignoreAllServerChanges;
  }

  // ignore_server_additions - computed: false, optional: true, required: false
  private _ignoreServerAdditions?: boolean | cdktf.IResolvable; 
  public get ignoreServerAdditions() {
    return this.getBooleanAttribute('ignore_server_additions');
  }
  public set ignoreServerAdditions(value: boolean | cdktf.IResolvable) {
    this._ignoreServerAdditions = value;
  }
  public resetIgnoreServerAdditions() {
    this._ignoreServerAdditions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreServerAdditionsInput() {
    return this._ignoreServerAdditions;
  }

  // read_search - computed: false, optional: true, required: false
  private _readSearch = new ObjectResourceReadSearchOutputReference(this, "read_search");
  public get readSearch() {
    return this._readSearch;
  }
  public putReadSearch(value: ObjectResourceReadSearch) {
    this._readSearch.internalValue = value;
  }
  public resetReadSearch() {
    this._readSearch.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readSearchInput() {
    return this._readSearch.internalValue;
  }

  // create_response - computed: true, optional: false, required: false
  public get createResponse() {
    return this.getStringAttribute('create_response');
  }

  // api_data - computed: true, optional: false, required: false
  private _apiData = new cdktf.StringMap(this, "api_data");
  public get apiData() {
    return this._apiData;
  }

  // api_response - computed: true, optional: false, required: false
  public get apiResponse() {
    return this.getStringAttribute('api_response');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      path: cdktf.stringToTerraform(this._path),
      data: cdktf.stringToTerraform(this._data),
      create_path: cdktf.stringToTerraform(this._createPath),
      read_path: cdktf.stringToTerraform(this._readPath),
      update_path: cdktf.stringToTerraform(this._updatePath),
      destroy_path: cdktf.stringToTerraform(this._destroyPath),
      create_method: cdktf.stringToTerraform(this._createMethod),
      read_method: cdktf.stringToTerraform(this._readMethod),
      update_method: cdktf.stringToTerraform(this._updateMethod),
      destroy_method: cdktf.stringToTerraform(this._destroyMethod),
      id_attribute: cdktf.stringToTerraform(this._idAttribute),
      object_id: cdktf.stringToTerraform(this._objectId),
      debug: cdktf.booleanToTerraform(this._debug),
      query_string: cdktf.stringToTerraform(this._queryString),
      force_new: cdktf.listMapper(cdktf.stringToTerraform, false)(this._forceNew),
      read_data: cdktf.stringToTerraform(this._readData),
      update_data: cdktf.stringToTerraform(this._updateData),
      destroy_data: cdktf.stringToTerraform(this._destroyData),
      ignore_changes_to: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ignoreChangesTo),
      ignore_all_server_changes: cdktf.booleanToTerraform(this._ignoreAllServerChanges),
      ignore_server_additions: cdktf.booleanToTerraform(this._ignoreServerAdditions),
      read_search: objectResourceReadSearchToTerraform(this._readSearch.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      data: {
        value: cdktf.stringToHclTerraform(this._data),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      create_path: {
        value: cdktf.stringToHclTerraform(this._createPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      read_path: {
        value: cdktf.stringToHclTerraform(this._readPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      update_path: {
        value: cdktf.stringToHclTerraform(this._updatePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destroy_path: {
        value: cdktf.stringToHclTerraform(this._destroyPath),
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
      id_attribute: {
        value: cdktf.stringToHclTerraform(this._idAttribute),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      object_id: {
        value: cdktf.stringToHclTerraform(this._objectId),
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
      query_string: {
        value: cdktf.stringToHclTerraform(this._queryString),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_new: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._forceNew),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      read_data: {
        value: cdktf.stringToHclTerraform(this._readData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      update_data: {
        value: cdktf.stringToHclTerraform(this._updateData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destroy_data: {
        value: cdktf.stringToHclTerraform(this._destroyData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ignore_changes_to: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ignoreChangesTo),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      ignore_all_server_changes: {
        value: cdktf.booleanToHclTerraform(this._ignoreAllServerChanges),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ignore_server_additions: {
        value: cdktf.booleanToHclTerraform(this._ignoreServerAdditions),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      read_search: {
        value: objectResourceReadSearchToHclTerraform(this._readSearch.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ObjectResourceReadSearch",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
