import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, ITerraformDependable, TerraformResource, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';

export interface TerraformDataProps {
  /** Stored in the state and shown as `output` after apply. */
  readonly input?: { [key: string]: unknown };
  readonly lifecycle?: TerraformResourceLifecycle;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Terraform's built-in `terraform_data`, written the same way as cdktf's `DataResource`, without its synth-time
 * check of the Terraform version: that check runs `terraform version` in a child process once per resource, which
 * an app of a hundred sharded stacks (one guard each) pays a hundred times, about 80 ms each. The library needs
 * Terraform 1.5 or later anyway (`import` and `removed` blocks), well above the 1.4 that check asks for.
 */
export class TerraformData extends TerraformResource {
  private readonly inputValue?: { [key: string]: unknown };

  constructor(scope: Construct, id: string, props: TerraformDataProps = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      lifecycle: props.lifecycle,
      dependsOn: props.dependsOn,
    });
    this.inputValue = props.input;
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: hashMapper(anyToTerraform)(this.inputValue) };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return { input: hashMapperHcl(anyToHclTerraform)(this.inputValue) };
  }
}
