// https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RepositoryHookConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook#id RepositoryHook#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook#project RepositoryHook#project}
  */
  readonly project: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook#repository RepositoryHook#repository}
  */
  readonly repository: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook#hook RepositoryHook#hook}
  */
  readonly hook: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook#settings RepositoryHook#settings}
  */
  readonly settings?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook bitbucketserver_repository_hook}
*/
export class RepositoryHook extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "bitbucketserver_repository_hook";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RepositoryHook resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RepositoryHook to import
  * @param importFromId The id of the existing RepositoryHook that should be imported. Refer to the {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RepositoryHook to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "bitbucketserver_repository_hook", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository_hook bitbucketserver_repository_hook} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RepositoryHookConfig
  */
  public constructor(scope: Construct, id: string, config: RepositoryHookConfig) {
    super(scope, id, {
      terraformResourceType: 'bitbucketserver_repository_hook',
      terraformGeneratorMetadata: {
        providerName: 'bitbucketserver',
        providerVersionConstraint: '~> 1.8'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._project = config.project;
    this._repository = config.repository;
    this._hook = config.hook;
    this._settings = config.settings;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // project - computed: false, optional: false, required: true
  private _project?: string; 
  public get project() {
    return this.getStringAttribute('project');
  }
  public set project(value: string) {
    this._project = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectInput() {
    return this._project;
  }

  // repository - computed: false, optional: false, required: true
  private _repository?: string; 
  public get repository() {
    return this.getStringAttribute('repository');
  }
  public set repository(value: string) {
    this._repository = value;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryInput() {
    return this._repository;
  }

  // hook - computed: false, optional: false, required: true
  private _hook?: string; 
  public get hook() {
    return this.getStringAttribute('hook');
  }
  public set hook(value: string) {
    this._hook = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hookInput() {
    return this._hook;
  }

  // settings - computed: false, optional: true, required: false
  private _settings?: { [key: string]: string }; 
  public get settings() {
    return this.getStringMapAttribute('settings');
  }
  public set settings(value: { [key: string]: string }) {
    this._settings = value;
  }
  public resetSettings() {
    this._settings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsInput() {
    return this._settings;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      project: cdktf.stringToTerraform(this._project),
      repository: cdktf.stringToTerraform(this._repository),
      hook: cdktf.stringToTerraform(this._hook),
      settings: cdktf.hashMapper(cdktf.stringToTerraform)(this._settings),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project: {
        value: cdktf.stringToHclTerraform(this._project),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository: {
        value: cdktf.stringToHclTerraform(this._repository),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hook: {
        value: cdktf.stringToHclTerraform(this._hook),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      settings: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._settings),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
