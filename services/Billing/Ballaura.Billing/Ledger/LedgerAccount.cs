namespace Ballaura.Billing.Ledger;

/// <summary>The ledger's accounts. Receivables are kept per patient (and per case for what a payer owes).</summary>
public static class LedgerAccount
{
    /// <summary>What the patient owes the clinic (copays, deductibles, co-insurance, add-ons, fees).</summary>
    public const string PatientReceivable = "patient-receivable";

    /// <summary>What a payer owes on the case's claims.</summary>
    public const string PayerReceivable = "payer-receivable";

    public const string ServiceRevenue = "service-revenue";
    public const string FeeRevenue = "fee-revenue";

    /// <summary>CAS group CO: the difference the contract never lets the clinic collect, from anyone.</summary>
    public const string ContractualAdjustment = "contractual-adjustment";

    /// <summary>CAS groups OA, PI and CR: reductions by the payer that are not the patient's either.</summary>
    public const string PayerAdjustment = "payer-adjustment";

    public const string Cash = "cash";
}
