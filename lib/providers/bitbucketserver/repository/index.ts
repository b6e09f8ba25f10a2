// https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RepositoryConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#id Repository#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#project Repository#project}
  */
  readonly project: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#name Repository#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#slug Repository#slug}
  */
  readonly slug?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#description Repository#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#forkable Repository#forkable}
  */
  readonly forkable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#public Repository#public}
  */
  readonly public?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#fork_repository_project Repository#fork_repository_project}
  */
  readonly forkRepositoryProject?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#fork_repository_slug Repository#fork_repository_slug}
  */
  readonly forkRepositorySlug?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#enable_git_lfs Repository#enable_git_lfs}
  */
  readonly enableGitLfs?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository bitbucketserver_repository}
*/
export class Repository extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "bitbucketserver_repository";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Repository resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Repository to import
  * @param importFromId The id of the existing Repository that should be imported. Refer to the {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Repository to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "bitbucketserver_repository", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/xvlcwk-terraform/bitbucketserver/latest/docs/resources/repository bitbucketserver_repository} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RepositoryConfig
  */
  public constructor(scope: Construct, id: string, config: RepositoryConfig) {
    super(scope, id, {
      terraformResourceType: 'bitbucketserver_repository',
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
    this._name = config.name;
    this._slug = config.slug;
    this._description = config.description;
    this._forkable = config.forkable;
    this._public = config.public;
    this._forkRepositoryProject = config.forkRepositoryProject;
    this._forkRepositorySlug = config.forkRepositorySlug;
    this._enableGitLfs = config.enableGitLfs;
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

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // slug - computed: true, optional: true, required: false
  private _slug?: string; 
  public get slug() {
    return this.getStringAttribute('slug');
  }
  public set slug(value: string) {
    this._slug = value;
  }
  public resetSlug() {
    this._slug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slugInput() {
    return this._slug;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // forkable - computed: false, optional: true, required: false
  private _forkable?: boolean | cdktf.IResolvable; 
  public get forkable() {
    return this.getBooleanAttribute('forkable');
  }
  public set forkable(value: boolean | cdktf.IResolvable) {
    this._forkable = value;
  }
  public resetForkable() {
    this._forkable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forkableInput() {
    return this._forkable;
  }

  // public - computed: false, optional: true, required: false
  private _public?: boolean | cdktf.IResolvable; 
  public get public() {
    return this.getBooleanAttribute('public');
  }
  public set public(value: boolean | cdktf.IResolvable) {
    this._public = value;
  }
  public resetPublic() {
    this._public = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publicInput() {
    return this._public;
  }

  // fork_repository_project - computed: false, optional: true, required: false
  private _forkRepositoryProject?: string; 
  public get forkRepositoryProject() {
    return this.getStringAttribute('fork_repository_project');
  }
  public set forkRepositoryProject(value: string) {
    this._forkRepositoryProject = value;
  }
  public resetForkRepositoryProject() {
    this._forkRepositoryProject = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forkRepositoryProjectInput() {
    return this._forkRepositoryProject;
  }

  // fork_repository_slug - computed: false, optional: true, required: false
  private _forkRepositorySlug?: string; 
  public get forkRepositorySlug() {
    return this.getStringAttribute('fork_repository_slug');
  }
  public set forkRepositorySlug(value: string) {
    this._forkRepositorySlug = value;
  }
  public resetForkRepositorySlug() {
    this._forkRepositorySlug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forkRepositorySlugInput() {
    return this._forkRepositorySlug;
  }

  // enable_git_lfs - computed: false, optional: true, required: false
  private _enableGitLfs?: boolean | cdktf.IResolvable; 
  public get enableGitLfs() {
    return this.getBooleanAttribute('enable_git_lfs');
  }
  public set enableGitLfs(value: boolean | cdktf.IResolvable) {
    this._enableGitLfs = value;
  }
  public resetEnableGitLfs() {
    this._enableGitLfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableGitLfsInput() {
    return this._enableGitLfs;
  }

  // clone_ssh - computed: true, optional: false, required: false
  public get cloneSsh() {
    return this.getStringAttribute('clone_ssh');
  }

  // clone_https - computed: true, optional: false, required: false
  public get cloneHttps() {
    return this.getStringAttribute('clone_https');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      project: cdktf.stringToTerraform(this._project),
      name: cdktf.stringToTerraform(this._name),
      slug: cdktf.stringToTerraform(this._slug),
      description: cdktf.stringToTerraform(this._description),
      forkable: cdktf.booleanToTerraform(this._forkable),
      public: cdktf.booleanToTerraform(this._public),
      fork_repository_project: cdktf.stringToTerraform(this._forkRepositoryProject),
      fork_repository_slug: cdktf.stringToTerraform(this._forkRepositorySlug),
      enable_git_lfs: cdktf.booleanToTerraform(this._enableGitLfs),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      slug: {
        value: cdktf.stringToHclTerraform(this._slug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      forkable: {
        value: cdktf.booleanToHclTerraform(this._forkable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      public: {
        value: cdktf.booleanToHclTerraform(this._public),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      fork_repository_project: {
        value: cdktf.stringToHclTerraform(this._forkRepositoryProject),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fork_repository_slug: {
        value: cdktf.stringToHclTerraform(this._forkRepositorySlug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable_git_lfs: {
        value: cdktf.booleanToHclTerraform(this._enableGitLfs),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
